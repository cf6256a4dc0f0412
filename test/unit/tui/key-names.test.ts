import { describe, expect, it } from 'vitest';
import { keyLabel, keyNameOf, type KeyFlags } from '../../../src/tui/keymap/key-names.js';
import { splitKeys } from '../../../src/tui/keymap/split-keys.js';

const none: KeyFlags = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageUp: false, pageDown: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
};

describe('keyNameOf', () => {
  it('names special keys the way the keymap writes them', () => {
    expect(keyNameOf('', { ...none, tab: true })).toBe('tab');
    expect(keyNameOf('', { ...none, tab: true, shift: true })).toBe('S-tab');
    expect(keyNameOf('', { ...none, escape: true, meta: true })).toBe('esc');
    expect(keyNameOf('', { ...none, return: true })).toBe('enter');
    expect(keyNameOf('', { ...none, downArrow: true })).toBe('down');
    expect(keyNameOf('c', { ...none, ctrl: true })).toBe('C-c');
    expect(keyNameOf('G', { ...none, shift: true })).toBe('G');
    expect(keyNameOf(' ', none)).toBe('space');
  });
});

describe('splitKeys', () => {
  it('splits a burst of keys read at once into single presses', () => {
    expect(splitKeys('j\r', none)).toEqual(['j', 'enter']);
    expect(splitKeys('ab c\u007F\u0003', none)).toEqual(['a', 'b', 'space', 'c', 'backspace', 'C-c']);
  });

  it('reads Esc pressed right before another key as the two keys', () => {
    expect(splitKeys('l', { ...none, meta: true, ctrl: true })).toEqual(['esc', 'C-l']);
    expect(splitKeys('q', { ...none, meta: true })).toEqual(['esc', 'q']);
    expect(splitKeys('\f', none)).toEqual(['esc', 'C-l']);
    expect(splitKeys('l', { ...none, ctrl: true })).toEqual(['C-l']);
    // Enter and Tab arrive as the control character too, but named: they stay one key.
    expect(splitKeys('\r', { ...none, return: true })).toEqual(['enter']);
    expect(splitKeys('\t', { ...none, tab: true })).toEqual(['tab']);
    expect(splitKeys('', { ...none, meta: true, escape: true })).toEqual(['esc']);
  });

  it('passes a single key through Ink’s own parsing', () => {
    expect(splitKeys('', { ...none, upArrow: true })).toEqual(['up']);
    expect(splitKeys('😀', none)).toEqual(['😀']);
  });
});

describe('keyLabel', () => {
  it('writes keys for people', () => {
    expect(keyLabel('C-c')).toBe('Ctrl-C');
    expect(keyLabel('S-tab')).toBe('Shift-Tab');
    expect(keyLabel('enter')).toBe('Enter');
    expect(keyLabel('A')).toBe('A');
  });
});
