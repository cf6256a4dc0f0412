/**
 * The real file behind a store path. Writes replace the file by rename and the lock sits beside
 * it, so both must act on the file itself: renaming onto a symbolic link would replace the link
 * with a regular file (two stores from then on), and processes naming the file by different
 * paths would take different locks.
 */
import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { StoreError, storeIsDirectoryError } from './errors.js';

const MAX_LINK_HOPS = 40;

/** Follows symbolic links (a dangling one too: its target is where the store will be created) and resolves the directories on the way; refuses a directory. */
export function resolveStoreFile(path: string): string {
  let current = resolve(path);
  for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
    const stats = lstatOrUndefined(current);
    if (stats === undefined) return join(realDirectory(dirname(current)), basename(current));
    if (stats.isDirectory()) throw storeIsDirectoryError(path);
    if (!stats.isSymbolicLink()) return realpathOr(current, current);
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw new StoreError(`cannot open store ${path}: more than ${MAX_LINK_HOPS} symbolic links in a row (a loop?)`, path);
}

/** A directory's real path; one that does not exist yet is its parent's real path plus its name. */
function realDirectory(dir: string): string {
  const parent = dirname(dir);
  const real = realpathOr(dir, undefined);
  if (real !== undefined || parent === dir) return real ?? dir;
  return join(realDirectory(parent), basename(dir));
}

function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch {
    // Missing or unreadable: the store's own open reports what is wrong, naming the path.
    return undefined;
  }
}

function realpathOr<T>(path: string, fallback: T): string | T {
  try {
    return realpathSync(path);
  } catch {
    return fallback;
  }
}
