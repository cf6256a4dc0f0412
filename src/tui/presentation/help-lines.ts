/** The help overlay's text: every binding, grouped by where it applies. Generated from the keymap. */
import { keysLabel } from '../keymap/key-names.js';
import { KEYMAP, SCOPE_TITLES, type Binding, type Scope } from '../keymap/keymap.js';
import { shadowingBindings } from '../keymap/resolve-key.js';

export interface HelpLine {
  kind: 'heading' | 'binding' | 'blank';
  keys: string;
  text: string;
  mutates: boolean;
}

/** Every scope but `replay` (listed first, and only in a replay console): the screens, then the dialogs. */
export const HELP_ORDER: readonly Scope[] = [
  'incident', 'pane:timeline', 'pane:checks', 'pane:changes', 'pane:checklist', 'global', 'start',
  'checklist-item', 'runbooks', 'reader', 'action', 'mitigate', 'compose-setup', 'compose-edit', 'compose-discard', 'compose-preview', 'compose-result',
  'updates', 'breach', 'resolve', 'followups', 'roles', 'picker', 'details', 'event', 'check', 'text', 'quit', 'help',
];

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The description, saying where a more specific place takes some of its keys (the role picker's Enter). */
function describe(binding: Binding, keymap: readonly Binding[], replay: boolean): string {
  const notes = shadowingBindings(binding, keymap, replay).map(({ by, keys }) => `in the ${SCOPE_TITLES[by.scope]}, ${keysLabel(keys)}: ${by.label ?? lowerFirst(by.description)}`);
  return notes.length > 0 ? `${binding.description} (${notes.join('; ')})` : binding.description;
}

/** Lines of the help overlay, headings first in each group; a replay console's own keys lead, and only there. */
export function helpLines(keymap: readonly Binding[] = KEYMAP, replay = false): HelpLine[] {
  const lines: HelpLine[] = [];
  // A scope missing from HELP_ORDER still gets its group, at the end: "every key" stays true.
  const rest = [...new Set(keymap.map((b) => b.scope))].filter((scope) => scope !== 'replay' && !HELP_ORDER.includes(scope));
  for (const scope of [...(replay ? (['replay'] as Scope[]) : []), ...HELP_ORDER, ...rest]) {
    const bindings = keymap.filter((b) => b.scope === scope);
    if (bindings.length === 0) continue;
    if (lines.length > 0) lines.push({ kind: 'blank', keys: '', text: '', mutates: false });
    lines.push({ kind: 'heading', keys: '', text: SCOPE_TITLES[scope], mutates: false });
    for (const b of bindings) lines.push({ kind: 'binding', keys: keysLabel(b.keys), text: describe(b, keymap, replay), mutates: b.mutates ?? false });
  }
  return lines;
}

/** The largest useful scroll offset for `height` visible lines. */
export function maxHelpOffset(height: number, keymap: readonly Binding[] = KEYMAP, replay = false): number {
  return Math.max(0, helpLines(keymap, replay).length - height);
}
