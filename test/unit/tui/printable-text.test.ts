import { describe, expect, it } from 'vitest';
import { printable } from '../../../src/domain/printable-text.js';
import { displayWidth, fitToWidth } from '../../../src/tui/presentation/printable-text.js';

describe('printable', () => {
  it('leaves plain text alone (the same string)', () => {
    const text = 'Rolled back shop 1.4.2 — 日本語 👍';
    expect(printable(text)).toBe(text);
  });

  it('removes escape sequences whole, payload included', () => {
    expect(printable('INJ \u001b]0;pwned\u0007 title')).toBe('INJ  title');
    expect(printable('a\u001b]52;c;cHduZWQ=\u001b\\b')).toBe('ab');
    expect(printable('\u001b[31mred\u001b[0m \u001b[5;38;5;201mblink\u001b[m')).toBe('red blink');
    expect(printable('x\u001b[2J\u001b[Hy\u001bcz\u001b(B')).toBe('xyz');
    expect(printable('dcs\u001bPq#0;2;0;0;0\u001b\\ end')).toBe('dcs end');
    expect(printable('c1 \u009b31mcsi \u009d0;t\u009c osc')).toBe('c1 csi  osc');
    expect(printable('unterminated \u001b]0;runs to the end')).toBe('unterminated ');
    expect(printable('trailing \u001b')).toBe('trailing ');
  });

  it('keeps colour and style sequences when asked (the CLI colours its own lines), nothing else', () => {
    const line = '\u001b[31mCRITICAL\u001b[39m  note: \u001b]0;pwned\u0007x\u001b[2Jy\u001b[1;4mz\u001b[m\u0007';
    expect(printable(line, { keepColours: true })).toBe('\u001b[31mCRITICAL\u001b[39m  note: xy\u001b[1;4mz\u001b[m');
  });

  it('turns tabs into spaces, drops other controls and bidi overrides, keeps line breaks unless one row', () => {
    expect(printable('a\tb\u0007c\u0008d\u007fe\u0085f\u202eg\u2066h')).toBe('a bcdefgh');
    expect(printable('line one\r\nline two\rthree\n')).toBe('line one\nline two\nthree\n');
    expect(printable('line one\nline two', { oneRow: true })).toBe('line one line two');
  });
});

describe('display width', () => {
  it('counts wide characters and emoji as two columns, escapes as none', () => {
    expect(displayWidth('日本語👍')).toBe(8);
    expect(displayWidth('\u001b[31mann\u001b[0m')).toBe(3);
  });

  it('fits text in a column by display width, cutting whole characters', () => {
    expect(fitToWidth('ann', 6)).toBe('ann   ');
    expect(fitToWidth('日本語テスト👍', 14)).toBe('日本語テスト👍');
    expect(fitToWidth('日本語テスト👍x', 14)).toBe('日本語テスト… ');
    expect(displayWidth(fitToWidth('日本語テスト👍x', 14))).toBe(14);
    expect(fitToWidth('a-very-long-actor-name', 6)).toBe('a-ver…');
  });
});

describe('wrapping dialog text by display width', () => {
  it('cuts wide characters into lines that fit, losing nothing', async () => {
    const { wrapExact, wrapWords } = await import('../../../src/tui/presentation/text-lines.js');
    expect(wrapWords('日本語のメモ です 👍👍👍', 8)).toEqual(['日本語の', 'メモ', 'です', '👍👍👍']);
    expect(wrapWords('  日本語日本語', 3)).toEqual([' 日', ' 本', ' 語', ' 日', ' 本', ' 語']);
    expect(wrapExact('日本語x👍y', 3)).toEqual(['日', '本', '語x', '👍y']);
  });
});
