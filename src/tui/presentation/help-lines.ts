/** The help overlay's text: every binding, grouped by where it applies. Generated from the keymap. */
import { keysLabel } from '../keymap/key-names.js';
import { KEYMAP, SCOPE_TITLES, type KeyBinding, type Scope } from '../keymap/keymap.js';

export interface HelpLine {
  kind: 'heading' | 'binding' | 'blank';
  keys: string;
  text: string;
  mutates: boolean;
}

const HELP_ORDER: Scope[] = [
  'incident', 'pane:timeline', 'pane:checks', 'pane:changes', 'pane:checklist', 'checklist-item', 'runbooks', 'reader', 'global', 'start', 'picker', 'roles', 'details', 'check', 'text', 'quit', 'help',
];

/** Lines of the help overlay, headings first in each group; a replay console's own keys lead, and only there. */
export function helpLines(keymap: readonly KeyBinding[] = KEYMAP, replay = false): HelpLine[] {
  const lines: HelpLine[] = [];
  for (const scope of replay ? (['replay', ...HELP_ORDER] as Scope[]) : HELP_ORDER) {
    const bindings = keymap.filter((b) => b.scope === scope);
    if (bindings.length === 0) continue;
    if (lines.length > 0) lines.push({ kind: 'blank', keys: '', text: '', mutates: false });
    lines.push({ kind: 'heading', keys: '', text: SCOPE_TITLES[scope], mutates: false });
    for (const b of bindings) lines.push({ kind: 'binding', keys: keysLabel(b.keys), text: b.description, mutates: b.mutates ?? false });
  }
  return lines;
}

/** The largest useful scroll offset for `height` visible lines. */
export function maxHelpOffset(height: number, keymap: readonly KeyBinding[] = KEYMAP, replay = false): number {
  return Math.max(0, helpLines(keymap, replay).length - height);
}
