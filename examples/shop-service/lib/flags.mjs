// Feature flags of the shop: <home>/flags.json, read by the server on every request (no restart)
// and written by `shopctl.mjs flag`. Only one flag exists: `payments`, the call to the payment
// provider that the injected faults stand for.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FLAGS = ['payments'];

const fileOf = (home) => join(home, 'flags.json');

/** The flags in force; every flag is on unless the file turns it off. */
export function readFlags(home) {
  let stored = {};
  try {
    stored = JSON.parse(readFileSync(fileOf(home), 'utf8'));
  } catch {
    // No file (or an unreadable one): defaults.
  }
  return Object.fromEntries(FLAGS.map((name) => [name, stored[name] !== false]));
}

/** `flag NAME on|off [--dry-run]`: one line saying what changed (or would). */
export function switchFlag(home, [name, state], dryRun) {
  if (!FLAGS.includes(name) || (state !== 'on' && state !== 'off')) throw new Error(`flag takes: ${FLAGS.join('|')} on|off`);
  const flags = readFlags(home);
  const from = flags[name] ? 'on' : 'off';
  if (dryRun) return `would switch flag ${name} ${from} -> ${state} (${fileOf(home)})`;
  writeFileSync(fileOf(home), `${JSON.stringify({ ...flags, [name]: state === 'on' }, null, 2)}\n`);
  const what = state === 'off' ? 'pages no longer wait on the payment provider; checkout shows as paused' : 'the shop calls the payment provider again';
  return `flag ${name} ${from} -> ${state}: ${what}`;
}
