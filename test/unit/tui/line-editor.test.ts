import { describe, expect, it } from 'vitest';
import { editLine, insertText } from '../../../src/tui/presentation/line-editor.js';

describe('editLine', () => {
  it('inserts printable characters and spaces at the cursor', () => {
    expect(editLine({ text: 'ac', cursor: 1 }, 'b')).toEqual({ text: 'abc', cursor: 2 });
    expect(editLine({ text: 'ab', cursor: 2 }, 'space')).toEqual({ text: 'ab ', cursor: 3 });
  });

  it('deletes the character before the cursor with Backspace (whatever the terminal sends)', () => {
    expect(editLine({ text: 'abc', cursor: 3 }, 'backspace')).toEqual({ text: 'ab', cursor: 2 });
    expect(editLine({ text: 'abc', cursor: 1 }, 'delete')).toEqual({ text: 'bc', cursor: 0 });
    expect(editLine({ text: 'abc', cursor: 0 }, 'backspace')).toEqual({ text: 'abc', cursor: 0 });
  });

  it('moves the cursor and keeps surrogate pairs whole', () => {
    const text = 'a😀b';
    expect(editLine({ text, cursor: 3 }, 'left')).toEqual({ text, cursor: 1 });
    expect(editLine({ text, cursor: 1 }, 'right')).toEqual({ text, cursor: 3 });
    expect(editLine({ text, cursor: 3 }, 'backspace')).toEqual({ text: 'ab', cursor: 1 });
    expect(editLine({ text, cursor: 2 }, 'C-a')).toEqual({ text, cursor: 0 });
    expect(editLine({ text, cursor: 0 }, 'end')).toEqual({ text, cursor: 4 });
  });

  it('supports the readline kills', () => {
    expect(editLine({ text: 'rolled back deploy', cursor: 11 }, 'C-u')).toEqual({ text: ' deploy', cursor: 0 });
    expect(editLine({ text: 'rolled back deploy', cursor: 11 }, 'C-k')).toEqual({ text: 'rolled back', cursor: 11 });
    expect(editLine({ text: 'rolled back deploy', cursor: 18 }, 'C-w')).toEqual({ text: 'rolled back ', cursor: 12 });
  });

  it('ignores keys that do not edit', () => {
    expect(editLine({ text: 'x', cursor: 1 }, 'up')).toBeUndefined();
    expect(editLine({ text: 'x', cursor: 1 }, 'C-x')).toBeUndefined();
  });
});

describe('insertText', () => {
  it('turns pasted line breaks into spaces and drops control characters', () => {
    expect(insertText({ text: '', cursor: 0 }, 'one\r\ntwo\u0007')).toEqual({ text: 'one two', cursor: 7 });
  });
});
