/** Renders the keymap table as docs/keybindings.md (generated; a test fails when the file is stale). */
import { keysLabel } from './key-names.js';
import { KEYMAP, SCOPE_TITLES, type KeyBinding, type Scope } from './keymap.js';

const DOC_ORDER: Scope[] = [
  'global', 'incident', 'pane:checks', 'pane:changes', 'pane:checklist', 'pane:timeline', 'checklist-item', 'runbooks', 'reader',
  'replay', 'start', 'picker', 'roles', 'action', 'mitigate', 'compose-setup', 'compose-edit', 'compose-discard', 'compose-preview', 'compose-result', 'updates', 'breach', 'resolve', 'followups', 'details', 'event', 'check', 'text', 'quit', 'help',
];

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

/** The whole markdown document for the given bindings. */
export function keymapMarkdown(keymap: readonly KeyBinding[] = KEYMAP): string {
  const out: string[] = [
    '# Console key bindings',
    '',
    '<!-- Generated from src/tui/keymap/keymap.ts by scripts/gen-keybindings.ts; do not edit by hand. -->',
    '',
    'Keys are searched from the most specific place outwards: an open dialog first, then the focused',
    'pane, then the incident screen, then keys that work everywhere. While you type text (a note, a',
    'name, a title) only Enter, Esc and Ctrl-C act; every other key goes into the text.',
    '',
    'Keys marked **changes** append to the incident log. In a console started with `--read-only`',
    'they are disabled, and pressing one says why.',
    '',
  ];
  for (const scope of DOC_ORDER) {
    const bindings = keymap.filter((b) => b.scope === scope);
    if (bindings.length === 0) continue;
    out.push(`## ${SCOPE_TITLES[scope]}`, '', '| Keys | Does | |', '|---|---|---|');
    for (const b of bindings) {
      const marks = [b.mutates ? 'changes' : '', b.dangerous ? 'asks first' : ''].filter(Boolean).map((m) => `**${m}**`).join(' ');
      // A row without keys stands for keys the config gives (a check's `key:`).
      const keys = b.keys.length > 0 ? keysLabel(b.keys, ', ') : '(from the config)';
      out.push(`| ${escapeCell(keys)} | ${escapeCell(b.description)} | ${marks} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
