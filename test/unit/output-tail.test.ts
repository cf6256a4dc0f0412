// The tail buffer keeps exactly the last N bytes and says when it dropped some.
import { describe, expect, it } from 'vitest';
import { FIRST_LINE_MAX_BYTES, OutputTail } from '../../src/process/output-tail.js';

describe('OutputTail', () => {
  it('keeps everything while under the limit', () => {
    const tail = new OutputTail(10);
    tail.push(Buffer.from('abc'));
    tail.push(Buffer.from('defg'));
    expect(tail.text()).toBe('abcdefg');
    expect(tail.truncated).toBe(false);
  });

  it('keeps exactly a full buffer without calling it truncated', () => {
    const tail = new OutputTail(4);
    tail.push(Buffer.from('abcd'));
    expect([tail.text(), tail.truncated]).toEqual(['abcd', false]);
  });

  it('drops the oldest bytes across chunk boundaries', () => {
    const tail = new OutputTail(5);
    for (const part of ['abc', 'def', 'gh']) tail.push(Buffer.from(part));
    expect(tail.text()).toBe('defgh');
    expect(tail.truncated).toBe(true);
  });

  it('keeps the end of one chunk larger than the limit', () => {
    const tail = new OutputTail(3);
    tail.push(Buffer.from('0123456789'));
    expect([tail.text(), tail.truncated]).toEqual(['789', true]);
  });

  it('drops a multi-byte character cut in half at the front', () => {
    const tail = new OutputTail(4);
    tail.push(Buffer.from('ééé')); // 6 bytes: the kept 4 start mid-character
    expect(tail.text()).toBe('éé');
  });

  it('keeps nothing with a zero limit but still reports the loss', () => {
    const tail = new OutputTail(0);
    tail.push(Buffer.from('x'));
    expect([tail.text(), tail.truncated]).toEqual(['', true]);
  });

  it('keeps the first line apart once the tail has dropped it', () => {
    const tail = new OutputTail(6);
    for (const part of ['SUMM', 'ARY | a=1\nline 2\n', 'line 3\n']) tail.push(Buffer.from(part));
    expect([tail.firstLine(), tail.text(), tail.truncated]).toEqual(['SUMMARY | a=1', 'ine 3\n', true]);
  });

  it('caps a first line without a newline at FIRST_LINE_MAX_BYTES', () => {
    const tail = new OutputTail(10);
    tail.push(Buffer.alloc(FIRST_LINE_MAX_BYTES + 100, 'y'));
    expect(tail.firstLine()).toHaveLength(FIRST_LINE_MAX_BYTES);
  });
});
