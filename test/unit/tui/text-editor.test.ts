import { describe, expect, it } from 'vitest';
import { editText, editorRows, insertTextBlock, lineBounds, wrapRows } from '../../../src/tui/presentation/text-editor.js';

const at = (text: string, cursor: number) => ({ text, cursor });

describe('editText (multi-line)', () => {
  it('starts a new line on Enter, at the cursor', () => {
    expect(editText(at('Impact: checkout', 7), 'enter')).toEqual(at('Impact:\n checkout', 8));
  });

  it('moves up and down to the same column, or the end of a shorter line', () => {
    const text = 'first line\nab\nthird line';
    expect(editText(at(text, 8), 'down')).toEqual(at(text, 13)); // "ab" is shorter: its end
    expect(editText(at(text, 13), 'down')).toEqual(at(text, 16)); // column 2 of "third line"
    expect(editText(at(text, 16), 'up')).toEqual(at(text, 13));
    expect(editText(at(text, 3), 'up')).toEqual(at(text, 0)); // first line: to the start
    expect(editText(at(text, 16), 'down')).toEqual(at(text, text.length)); // last line: to the end
  });

  it('crosses line ends with Left and Right', () => {
    expect(editText(at('ab\ncd', 3), 'left')).toEqual(at('ab\ncd', 2));
    expect(editText(at('ab\ncd', 2), 'right')).toEqual(at('ab\ncd', 3));
  });

  it('joins lines with Backspace at a line start and Ctrl-K at a line end', () => {
    expect(editText(at('ab\ncd', 3), 'backspace')).toEqual(at('abcd', 2));
    expect(editText(at('ab\ncd', 2), 'C-k')).toEqual(at('abcd', 2));
    expect(editText(at('ab', 0), 'backspace')).toEqual(at('ab', 0));
  });

  it('keeps the one-line keys within the current line', () => {
    const text = 'one\ntwo words\nthree';
    expect(editText(at(text, 8), 'home')).toEqual(at(text, 4));
    expect(editText(at(text, 8), 'C-e')).toEqual(at(text, 13));
    expect(editText(at(text, 8), 'C-u')).toEqual(at('one\nwords\nthree', 4));
    expect(editText(at(text, 13), 'C-w')).toEqual(at('one\ntwo \nthree', 8));
    expect(editText(at(text, 4), 'x')).toEqual(at('one\nxtwo words\nthree', 5));
    expect(editText(at(text, 4), 'C-s')).toBeUndefined();
  });

  it('keeps a surrogate pair whole when moving vertically onto it', () => {
    const text = 'abc\na😀b';
    // Column 2 of the second line falls inside the emoji: the cursor lands before it.
    expect(editText(at(text, 2), 'down')).toEqual(at(text, 5));
  });
});

describe('insertTextBlock', () => {
  it('keeps line breaks (CRLF and CR become LF), turns tabs into spaces and drops other controls', () => {
    expect(insertTextBlock(at('', 0), 'a\r\nb\rc\td\u0007')).toEqual(at('a\nb\nc  d', 8));
  });
});

describe('lineBounds', () => {
  it('finds the line around the cursor', () => {
    expect(lineBounds('ab\ncd\nef', 4)).toEqual({ start: 3, end: 5 });
    expect(lineBounds('ab\ncd', 2)).toEqual({ start: 0, end: 2 });
  });
});

describe('editorRows', () => {
  it('wraps long lines at spaces and puts the cursor on the right row and column', () => {
    const view = editorRows(at('We are investigating errors at checkout.', 27), 16, 10);
    expect(view.rows.map((r) => r.text)).toEqual(['We are ', 'investigating ', 'errors at ', 'checkout.']);
    expect(view.rows[2]).toEqual({ text: 'errors at ', cursorColumn: 6 });
  });

  it('scrolls so the cursor row stays in view, and counts the rows out of view', () => {
    const text = ['1', '2', '3', '4', '5', '6'].join('\n');
    const bottom = editorRows(at(text, text.length), 20, 3);
    expect(bottom.rows.map((r) => r.text)).toEqual(['4', '5', '6']);
    expect([bottom.hiddenAbove, bottom.hiddenBelow]).toEqual([3, 0]);
    const top = editorRows(at(text, 0), 20, 3);
    expect([top.hiddenAbove, top.hiddenBelow]).toEqual([0, 3]);
  });

  it('shows the cursor after the last character of a full row', () => {
    const view = editorRows(at('abcd', 4), 5, 2);
    expect(view.rows).toEqual([{ text: 'abcd', cursorColumn: 4 }]);
  });
});

describe('wrapRows', () => {
  it('wraps every line and keeps empty lines', () => {
    expect(wrapRows('aaa bbb\n\nccc', 4)).toEqual(['aaa ', 'bbb', '', 'ccc']);
  });
});
