// Injected faults for practice runs: <home>/faults.json, read by the server on every request
// (like the maintenance switch, no restart needed) and written by `shopctl.mjs fault`.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const fileOf = (home) => join(home, 'faults.json');

/** The faults in force: `{ slow: {path: ms}, failRate: {path: percent} }`; none when the file is absent. */
export function readFaults(home) {
  try {
    const parsed = JSON.parse(readFileSync(fileOf(home), 'utf8'));
    return { slow: parsed.slow ?? {}, failRate: parsed.failRate ?? {} };
  } catch {
    return { slow: {}, failRate: {} };
  }
}

/** Adds one fault (`slow` or `failRate`) for a path; a value of 0 removes it. */
export function setFault(home, kind, path, value) {
  const faults = readFaults(home);
  if (value > 0) faults[kind][path] = value;
  else delete faults[kind][path];
  writeFileSync(fileOf(home), `${JSON.stringify(faults, null, 2)}\n`);
  return faults;
}

/** Removes every injected fault. */
export function clearFaults(home) {
  rmSync(fileOf(home), { force: true });
}
