/** Finding and stopping the sandbox's processes: by process group, and by the sandbox path in their command line. */
import { readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';

/** Pids of live processes whose command line mentions `text` (every sandbox process gets its home as an argument). */
export function pidsMentioning(text: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ').includes(text) && isAlive(Number(entry))) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** Whether a process exists and is not a zombie. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2).charAt(0);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

/** Sends a signal to a process group, falling back to the process alone; never throws. */
export function signalTree(pid: number, signal: NodeJS.Signals): void {
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, signal);
      return;
    } catch {
      // Not a group leader, or already gone: try the next form.
    }
  }
}

/** TERM, then KILL after `graceMs`, for every pid; resolves when none is alive. */
export async function stopAll(pids: readonly number[], graceMs: number): Promise<void> {
  for (const pid of pids) signalTree(pid, 'SIGTERM');
  const deadline = performance.now() + graceMs;
  while (pids.some(isAlive) && performance.now() < deadline) await sleep(25);
  for (const pid of pids.filter(isAlive)) signalTree(pid, 'SIGKILL');
  while (pids.some(isAlive)) await sleep(10);
}

/** Whether something accepts connections on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (used: boolean) => {
      socket.destroy();
      resolve(used);
    };
    socket.setTimeout(1_000, () => done(true));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Waits until the port accepts connections (or answers false after `timeoutMs`). */
export async function waitForPort(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await portInUse(port)) return true;
    await sleep(50);
  }
  return false;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
