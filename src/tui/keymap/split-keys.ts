/**
 * Ink delivers a burst of keys that arrive in one read (fast typing over SSH, tmux send-keys) as
 * one multi-character input. This splits it back into key names, one per key press.
 */
import { keyNameOf, type KeyFlags } from './key-names.js';

const CONTROL_NAMES: Record<string, string> = { '\r': 'enter', '\n': 'enter', '\t': 'tab', '\u007F': 'backspace', '\b': 'backspace' };

function nameOfChar(char: string): string {
  const named = CONTROL_NAMES[char];
  if (named) return named;
  const code = char.codePointAt(0) ?? 0;
  if (code >= 1 && code <= 26) return `C-${String.fromCharCode(code + 96)}`;
  return char === ' ' ? 'space' : char;
}

/** Key names for one input event, in the order they were typed. */
export function splitKeys(input: string, key: KeyFlags): string[] {
  if ([...input].length <= 1) {
    // Esc followed at once by another key reads as Alt+key; the console binds no Alt keys, so it
    // is what it almost always is over a slow link: Esc, then the key.
    if (key.meta && !key.escape) return ['esc', ...splitKeys(input, { ...key, meta: false })];
    const name = keyNameOf(input, key);
    // Ink reports Esc + a control key (ESC ^L) as the bare control character with no key flag,
    // where a plain Ctrl-L comes as "l" with ctrl, and Enter or Tab come named.
    const code = name?.length === 1 ? name.charCodeAt(0) : 0;
    if (code >= 1 && code <= 26) return ['esc', nameOfChar(name!)];
    return name === undefined ? [] : [name];
  }
  return [...input].map(nameOfChar);
}
