/**
 * The inter-process lock around every store change. The lock is a directory beside the store
 * file (proper-lockfile), so the store's directory must exist and be writable; a directory
 * made only to hold a lock for a change that then wrote nothing is removed again.
 */
import { mkdir, rmdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';
import { StoreError } from './errors.js';

const LOCK_OPTIONS = {
  // The store path is resolved to the real file once, at open (see store-path.ts).
  realpath: false,
  // A holder refreshes its lock every `update` ms; one that died is taken over after `stale`.
  stale: 5_000,
  update: 1_000,
} as const;

/**
 * Waiting for a held lock: short randomised pauses growing to 40 ms, for a minute at most.
 * Only a held lock is waited for (proper-lockfile's own retries would also retry a permission
 * error for that long).
 */
const WAIT = { attempts: 2_000, firstMs: 2, factor: 1.15, maxMs: 40 } as const;

const NOT_PERMITTED = new Set(['EACCES', 'EPERM']);

/** Runs `work` holding the lock of the store at `path`. */
export async function withStoreLock<T>(path: string, work: () => Promise<T>): Promise<T> {
  const dir = dirname(path);
  const created = await createDirectory(dir, path);
  try {
    const release = await lock(path);
    try {
      return await work();
    } finally {
      await release().catch(() => undefined);
    }
  } finally {
    if (created !== undefined) await removeEmptyDirectories(dir, created);
  }
}

/** Creates the store's directory; returns the topmost directory it created, if any. */
async function createDirectory(dir: string, path: string): Promise<string | undefined> {
  try {
    return await mkdir(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const why = NOT_PERMITTED.has(code)
      ? 'permission denied: create it (writable by you) or pass --store'
      : code === 'ENOTDIR' ? `a file is in the way (${(error as Error).message})` : (error as Error).message;
    throw new StoreError(`cannot create store directory ${dir}: ${why}`, path);
  }
}

async function lock(path: string): Promise<() => Promise<void>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lockfile.lock(path, { ...LOCK_OPTIONS, lockfilePath: `${path}.lock` });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= WAIT.attempts || (code !== 'ELOCKED' && (code !== 'ENOENT' || attempt >= 3))) throw lockError(path, error);
      // ENOENT: another process's first change failed and removed the directory it had just made: make it again.
      if (code === 'ENOENT') await mkdir(dirname(path), { recursive: true, mode: 0o700 }).catch(() => undefined);
      else await pause(Math.min(WAIT.maxMs, WAIT.firstMs * WAIT.factor ** attempt) * (1 + Math.random()));
    }
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function lockError(path: string, error: unknown): StoreError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const dir = dirname(path);
  if (NOT_PERMITTED.has(code)) {
    return new StoreError(`cannot write store ${path}: the directory ${dir} must be writable by you (the lock and each new version of the file are made there); fix its permissions or pass --store`, path);
  }
  if (code === 'EROFS') return new StoreError(`cannot write store ${path}: ${dir} is on a read-only file system; pass --store`, path);
  const why = code === 'ELOCKED' ? 'another process holds the lock for too long' : (error as Error).message;
  return new StoreError(`cannot lock store ${path}: ${why}`, path);
}

/** Removes the directories this change created, deepest first, while they are empty (another writer's file or lock keeps them). */
async function removeEmptyDirectories(dir: string, topmost: string): Promise<void> {
  for (let at = dir; at.startsWith(topmost); at = dirname(at)) {
    try {
      await rmdir(at);
    } catch {
      return;
    }
    if (at === topmost) return;
  }
}
