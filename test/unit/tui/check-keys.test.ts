/** Check hot keys from the config become keymap rows: resolved anywhere on the incident screen, listed in the bar and help. */
import { describe, expect, it } from 'vitest';
import type { CheckDefinition } from '../../../src/config/sections/checks.js';
import { checkKeyName, consoleKeymap } from '../../../src/tui/keymap/check-keys.js';
import { KEYMAP } from '../../../src/tui/keymap/keymap.js';
import { keymapMarkdown } from '../../../src/tui/keymap/keymap-markdown.js';
import { READ_ONLY_REASON, resolveKey, type KeyContext } from '../../../src/tui/keymap/resolve-key.js';
import { helpLines } from '../../../src/tui/presentation/help-lines.js';
import { statusBarItems } from '../../../src/tui/presentation/status-bar.js';

const check = (name: string, key?: string): CheckDefinition => ({ name, group: 'web', command: ['true'], timeout: 1000, env: {}, passEnv: [], ...(key ? { key } : {}) });
const CHECKS = [check('api', 'h'), check('db'), check('errors', 'e'), check('clash', 'n'), check('percent', '%')];
const context: KeyContext = { screen: 'incident', modal: undefined, focus: 'timeline', readOnly: false, resolvedIncident: undefined };

describe('console keymap with check keys', () => {
  const { keymap, ignored } = consoleKeymap(CHECKS);

  it('adds one binding per check key in place of the generic row, and keeps every other row', () => {
    const hot = keymap.filter((b) => b.command === 'checks.hotkey');
    expect(hot.map((b) => [b.keys, b.label, b.description])).toEqual([
      [['h'], 'api', 'Run check api (group web)'],
      [['e'], 'errors', 'Run check errors (group web)'],
      [['%'], 'percent', 'Run check percent (group web)'],
    ]);
    expect(hot.every((b) => b.mutates && b.scope === 'incident')).toBe(true);
    expect(keymap.length).toBe(KEYMAP.length - 1 + 3);
  });

  it('leaves out a key the console already uses on the incident screen, and says why', () => {
    expect(ignored).toEqual([{ check: 'clash', key: 'n', reason: 'the console uses it (note)' }]);
    expect(consoleKeymap([check('tab', '\t')]).ignored[0]?.reason).toBe('not a key that can be typed on its own');
    expect([checkKeyName('h'), checkKeyName('H'), checkKeyName(' '), checkKeyName('\u001b')]).toEqual(['h', 'H', 'space', undefined]);
  });

  it('resolves a check key from any pane, but not inside a dialog', () => {
    for (const focus of ['checks', 'changes', 'checklist', 'timeline'] as const) {
      expect(resolveKey('h', { ...context, focus }, keymap)?.binding.label).toBe('api');
    }
    expect(resolveKey('h', { ...context, modal: 'help' }, keymap)).toBeUndefined();
    expect(resolveKey('n', context, keymap)?.binding.command).toBe('note.add');
    expect(resolveKey('h', { ...context, readOnly: true }, keymap)?.disabledReason).toBe(READ_ONLY_REASON);
    expect(resolveKey('h', context)).toBeUndefined();
  });

  it('shows check keys in the key bar when there is room, and lists each in the help', () => {
    const items = statusBarItems(context, 200, keymap).map((i) => `${i.key} ${i.label}`);
    expect(items).toEqual(expect.arrayContaining(['h api', 'e errors', '% percent']));
    expect(items.at(-1)).toBe('q quit');
    expect(statusBarItems(context, 80, keymap).map((i) => i.label)).toContain('quit');
    const help = helpLines(keymap).map((l) => `${l.keys} ${l.text}`);
    expect(help).toContain('h Run check api (group web)');
  });

  it('documents config keys generically in docs/keybindings.md', () => {
    expect(keymapMarkdown()).toContain("| (from the config) | Run one check: the key given by `key:` on the check in warroom.yaml (each is listed in the console's help) | **changes** |");
  });
});
