/** Turns Ink's (input, key) pair into one key name ("j", "G", "enter", "S-tab", "C-c"), and back into labels. */
import type { Key } from 'ink';

export type KeyFlags = Pick<Key, 'upArrow' | 'downArrow' | 'leftArrow' | 'rightArrow' | 'pageUp' | 'pageDown' | 'home' | 'end'
  | 'return' | 'escape' | 'ctrl' | 'shift' | 'tab' | 'backspace' | 'delete' | 'meta'>;

const NAMED: [keyof KeyFlags, string][] = [
  ['upArrow', 'up'], ['downArrow', 'down'], ['leftArrow', 'left'], ['rightArrow', 'right'],
  ['pageUp', 'pageup'], ['pageDown', 'pagedown'], ['home', 'home'], ['end', 'end'],
  ['return', 'enter'], ['backspace', 'backspace'], ['delete', 'delete'],
];

/** The name of one key press, or undefined for input that is not a single key (see split-keys.ts). */
export function keyNameOf(input: string, key: KeyFlags): string | undefined {
  if (key.tab) return key.shift ? 'S-tab' : 'tab';
  // Ink reports a lone Esc with meta set as well; check it before the meta combinations.
  if (key.escape) return 'esc';
  for (const [flag, name] of NAMED) if (key[flag]) return name;
  if (key.ctrl && input.length === 1) return `C-${input.toLowerCase()}`;
  if (key.meta && input.length === 1) return `M-${input}`;
  if (input === ' ') return 'space';
  return [...input].length === 1 ? input : undefined;
}

const LABELS: Record<string, string> = {
  enter: 'Enter', esc: 'Esc', tab: 'Tab', 'S-tab': 'Shift-Tab', up: '↑', down: '↓', left: '←', right: '→',
  pageup: 'PgUp', pagedown: 'PgDn', home: 'Home', end: 'End', space: 'Space', backspace: 'Backspace', delete: 'Delete',
};

/** How a key is written for people: "Ctrl-C", "Shift-Tab", "↑", "G". */
export function keyLabel(name: string): string {
  if (LABELS[name]) return LABELS[name];
  if (name.startsWith('C-')) return `Ctrl-${name.slice(2).toUpperCase()}`;
  if (name.startsWith('M-')) return `Alt-${name.slice(2)}`;
  return name;
}

/** All keys of one binding, written for people ("j/↓"). */
export function keysLabel(keys: readonly string[], separator = '/'): string {
  return keys.map(keyLabel).join(separator);
}
