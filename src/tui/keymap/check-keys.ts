/**
 * The keymap as this console uses it: the table, with the config-driven check keys in place of
 * the one generic `checks.hotkey` row. Everything that reads keys (dispatcher, status bar, help)
 * goes through here, so a check's `key:` behaves, and is documented, like any other binding.
 */
import type { CheckDefinition } from '../../config/sections/checks.js';
import { KEYMAP, type Binding, type Scope } from './keymap.js';

/** A configured check key the console cannot honour, and why. */
export interface IgnoredCheckKey {
  check: string;
  key: string;
  reason: string;
}

export interface ConsoleKeymap {
  keymap: readonly Binding[];
  ignored: IgnoredCheckKey[];
}

/** Scopes in force somewhere on the incident screen while no dialog is open. */
const INCIDENT_SCOPES: readonly Scope[] = ['incident', 'global', 'pane:checks', 'pane:changes', 'pane:checklist', 'pane:timeline'];

/** The key name the dispatcher uses for a configured one-character key, or undefined when it cannot be typed alone. */
export function checkKeyName(key: string): string | undefined {
  if (key === ' ') return 'space';
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(key) ? key : undefined;
}

const cache = new WeakMap<readonly CheckDefinition[], ConsoleKeymap>();

/**
 * One `checks.hotkey` binding per check with a usable `key:`, placed where the generic row is. A
 * key the console already uses on the incident screen is left out (a console key that silently
 * stopped working, or a check key that never fired, would both surprise someone under stress).
 */
export function consoleKeymap(checks: readonly CheckDefinition[], table: readonly Binding[] = KEYMAP): ConsoleKeymap {
  const hit = table === KEYMAP ? cache.get(checks) : undefined;
  if (hit) return hit;
  const template = table.find((b) => b.command === 'checks.hotkey');
  const ignored: IgnoredCheckKey[] = [];
  const generated: Binding[] = [];
  for (const check of checks) {
    if (check.key === undefined || !template) continue;
    const name = checkKeyName(check.key);
    const taken = name === undefined ? undefined : table.find((b) => INCIDENT_SCOPES.includes(b.scope) && b.keys.includes(name));
    if (name === undefined) ignored.push({ check: check.name, key: check.key, reason: 'not a key that can be typed on its own' });
    else if (taken) ignored.push({ check: check.name, key: check.key, reason: `the console uses it (${taken.label ?? taken.description.split(':')[0]!.toLowerCase()})` });
    else generated.push({ ...template, keys: [name], description: `Run check ${check.name} (group ${check.group})`, label: check.name });
  }
  const keymap = table.flatMap((b) => (b === template ? generated : [b]));
  const result = { keymap, ignored };
  if (table === KEYMAP) cache.set(checks, result);
  return result;
}
