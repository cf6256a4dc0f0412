import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMAND_HANDLERS } from '../../../src/tui/commands/command-handlers.js';
import { KEYMAP } from '../../../src/tui/keymap/keymap.js';
import { keymapMarkdown } from '../../../src/tui/keymap/keymap-markdown.js';
import { READ_ONLY_REASON, bindingsInContext, resolveKey, type KeyContext } from '../../../src/tui/keymap/resolve-key.js';
import { REPO_ROOT } from '../../helpers/cli.js';

const incidentScreen: KeyContext = { screen: 'incident', modal: undefined, focus: 'timeline', readOnly: false, resolvedIncident: undefined };
const command = (key: string, context: KeyContext) => resolveKey(key, context)?.binding.command;

describe('the keymap table', () => {
  it('never binds one key twice in the same scope', () => {
    const seen = new Set<string>();
    for (const binding of KEYMAP) {
      for (const key of binding.keys) {
        const id = `${binding.scope} ${key}`;
        expect(seen.has(id), `${key} is bound twice in ${binding.scope}`).toBe(false);
        seen.add(id);
      }
    }
  });

  it('has a handler for every command it names', () => {
    for (const binding of KEYMAP) expect(typeof COMMAND_HANDLERS[binding.command]).toBe('function');
  });

  it('docs/keybindings.md is generated from it and up to date', () => {
    const onDisk = readFileSync(`${REPO_ROOT}/docs/keybindings.md`, 'utf8');
    expect(onDisk, 'run: node scripts/run-ts.mjs scripts/gen-keybindings.ts').toBe(keymapMarkdown());
  });
});

describe('resolveKey', () => {
  it('looks in the focused pane, then the incident screen, then everywhere', () => {
    expect(command('f', incidentScreen)).toBe('timeline.follow');
    expect(command('f', { ...incidentScreen, focus: 'checks' })).toBeUndefined();
    expect(command('r', { ...incidentScreen, focus: 'checks' })).toBe('checks.run');
    expect(command('n', incidentScreen)).toBe('note.add');
    expect(command('?', incidentScreen)).toBe('help.open');
    expect(command('2', incidentScreen)).toBe('focus.changes');
  });

  it('lets a dialog take keys before anything else, and only its own keys', () => {
    const picker = { ...incidentScreen, modal: 'severity' as const };
    expect(command('q', picker)).toBe('picker.cancel');
    expect(command('2', picker)).toBe('picker.number');
    expect(command('n', picker)).toBeUndefined();
    expect(command('1', { ...incidentScreen, modal: 'roles' })).toBe('roles.take-number');
    expect(command('enter', { ...incidentScreen, modal: 'roles' })).toBe('roles.take');
  });

  it('fires no shortcut while typing: only Enter, Esc and Ctrl-C act', () => {
    const typing = { ...incidentScreen, modal: 'text' as const };
    for (const key of ['q', 'n', 's', 'j', '?', 'A', '1', 'tab', 'space']) expect(command(key, typing)).toBeUndefined();
    expect(command('enter', typing)).toBe('text.submit');
    expect(command('esc', typing)).toBe('text.cancel');
    expect(command('C-c', typing)).toBe('text.cancel');
  });

  it('maps Ctrl-C to the quit question, never straight out', () => {
    expect(command('C-c', incidentScreen)).toBe('quit.ask');
    expect(command('C-c', { ...incidentScreen, modal: 'quit' })).toBe('quit.confirm');
  });

  it('disables changing keys in a read-only console and says why; moving around still works', () => {
    const readOnly = { ...incidentScreen, readOnly: true };
    expect(resolveKey('n', readOnly)?.disabledReason).toBe(READ_ONLY_REASON);
    expect(resolveKey('d', { ...readOnly, screen: 'start' })?.disabledReason).toBe(READ_ONLY_REASON);
    expect(resolveKey('j', readOnly)?.disabledReason).toBeUndefined();
    expect(resolveKey('q', readOnly)?.disabledReason).toBeUndefined();
  });

  it('while the terminal is too small, acts only on quit (with its question) and redraw; a dialog underneath gets nothing', () => {
    const small = { ...incidentScreen, tooSmall: true };
    for (const key of ['n', 's', '1', 'enter', 'esc', 'tab', 'j', '?']) expect(command(key, small), key).toBeUndefined();
    expect(command('q', small)).toBe('quit.ask');
    expect(command('C-l', small)).toBe('screen.redraw');
    const typing = { ...small, modal: 'text' as const };
    expect(command('enter', typing)).toBeUndefined();
    expect(command('esc', typing)).toBeUndefined();
    expect(command('q', typing)).toBe('quit.ask');
    expect(command('y', { ...small, modal: 'quit' })).toBe('quit.confirm');
    expect(command('n', { ...small, modal: 'quit' })).toBe('quit.cancel');
  });

  it('disables changes to a resolved incident, naming it', () => {
    expect(resolveKey('s', { ...incidentScreen, resolvedIncident: 'INC-4' })?.disabledReason).toMatch(/INC-4 is resolved/);
  });
});

describe('bindingsInContext', () => {
  it('lists each command once, most specific scope first', () => {
    const commands = bindingsInContext(incidentScreen).map((b) => b.command);
    expect(commands[0]).toBe('timeline.follow');
    expect(commands.at(-1)).toBe('quit.ask');
    expect(new Set(commands).size).toBe(commands.length);
  });

  it('lists only what can fire: keys a more specific scope takes are left off the general binding', () => {
    const roles = bindingsInContext({ ...incidentScreen, modal: 'roles' }).map((b) => [b.command, b.keys.join(' ')]);
    expect(roles).toEqual([
      ['roles.take', 'enter t'],
      ['roles.take-number', '1 2 3 4'],
      ['roles.assign', 'a'],
      ['picker.down', 'j down'],
      ['picker.up', 'k up'],
      ['picker.cancel', 'esc q C-c'],
    ]);
    const keys = bindingsInContext(incidentScreen).flatMap((b) => b.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
