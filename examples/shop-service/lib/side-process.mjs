// The shop's helper processes (the queue worker, the database relay): each runs detached as the
// leader of its own process group with a pid file in the instance, so the script that started it
// can exit and a teardown can find it.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive } from './service-process.mjs';

const STOP_GRACE_MS = 3_000;

const pidFile = (home, name) => join(home, `${name}.pid`);

/** The live pid of a helper, or undefined. */
export function helperPid(home, name) {
  try {
    const pid = Number(readFileSync(pidFile(home, name), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Starts `node script ...args` detached unless it already runs; its output goes to <name>.log. */
export function startHelper(home, name, script, args) {
  const already = helperPid(home, name);
  if (already) return { pid: already, started: false };
  const log = openSync(join(home, `${name}.log`), 'a');
  const child = spawn(process.execPath, [script, ...args], { detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  child.unref();
  writeFileSync(pidFile(home, name), `${child.pid}\n`);
  return { pid: child.pid, started: true };
}

/** Stops a helper's process group (TERM, then KILL); false when it was not running. */
export async function stopHelper(home, name) {
  const pid = helperPid(home, name);
  rmSync(pidFile(home, name), { force: true });
  if (!pid) return false;
  signal(-pid, 'SIGTERM');
  const deadline = Date.now() + STOP_GRACE_MS;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
  if (isAlive(pid)) signal(-pid, 'SIGKILL');
  return true;
}

function signal(target, name) {
  try {
    process.kill(target, name);
  } catch {
    // already gone
  }
}
