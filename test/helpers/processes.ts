/** Test helpers for child processes: hostile programs in temp dirs and an independent survivor check via ps. */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A temp directory for scripts; `remove()` deletes it. */
export function scriptDir(prefix = 'warroom-proc-'): { dir: string; write: (name: string, body: string, mode?: number) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    write(name, body, mode = 0o755) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, body);
      chmodSync(path, mode);
      return path;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Pids of processes in the group that are not zombies, as `ps` sees them. */
export function survivorsOfGroup(pgid: number): number[] {
  const listing = execFileSync('ps', ['-eo', 'pid=,pgid=,stat='], { encoding: 'utf8' });
  return listing
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([pid, group, stat]) => pid && Number(group) === pgid && !stat?.startsWith('Z'))
    .map(([pid]) => Number(pid));
}

/** Whether a pid is a running (non-zombie) process. */
export function isRunning(pid: number): boolean {
  let listing: string;
  try {
    listing = execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim();
  } catch {
    return false; // ps exits 1 when the pid does not exist
  }
  return listing !== '' && !listing.startsWith('Z');
}
