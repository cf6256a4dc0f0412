/**
 * Runs the CLI bundle (CommonJS) with V8's code cache, so that a start does not parse and compile
 * three megabytes of JavaScript again. Built into dist/start.cjs; bin/warroom calls startBundle().
 *
 * The cache is taken from the running process, two seconds after its start, so that it holds the code
 * the console's first frame compiled (a cache taken right after compiling, as v8-compile-cache and
 * `produceCachedData` do, holds only the top level and saves a fraction of it). A command that ends
 * sooner leaves a partial cache at its exit, which the next long run replaces; a full one is never
 * written again. It lives in a per-user cache directory, since one install may serve several
 * responders and need not be writable by them. Any failure just means a start without a cache.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { Script, constants as vmConstants } from 'node:vm';
import * as zlib from 'node:zlib';
import { cacheKey, decodeCacheFile, encodeCacheFile, type CacheCompleteness, type Checksum } from './code-cache-file.js';

export type CacheStatus = 'used' | 'missing' | 'stale' | 'corrupt' | 'rejected' | 'unavailable';

export interface StartOptions {
  /** Where the cache lives; default codeCachePath(bundlePath). */
  cachePath?: string | undefined;
  /** How long the process runs before its cache is taken. */
  writeAfterMs?: number;
}

const WRITE_AFTER_MS = 2000;
// zlib.crc32 arrived in Node 20.15; older Nodes run without a cache.
const crc32: Checksum | undefined = typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) : undefined;

/** The per-user cache file for the bundle at `bundlePath` ($XDG_CACHE_HOME or ~/.cache, then warroom/). */
export function codeCachePath(bundlePath: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const xdg = env.XDG_CACHE_HOME;
  const home = env.HOME ?? homedir();
  const base = xdg && isAbsolute(xdg) ? xdg : home ? join(home, '.cache') : undefined;
  if (!base || !crc32) return undefined;
  return join(base, 'warroom', `code-cache-${crc32(Buffer.from(bundlePath)).toString(16)}.bin`);
}

/** Where a cache is read and written, and what it must match. */
interface CacheSlot {
  path: string;
  key: string;
  checksum: Checksum;
}

/** Compiles and runs the bundle as a CommonJS module; says what became of the cache. */
export function startBundle(bundlePath: string, options: StartOptions = {}): CacheStatus {
  const source = readFileSync(bundlePath, 'utf8');
  const cachePath = 'cachePath' in options ? options.cachePath : codeCachePath(bundlePath);
  const slot = crc32 && cachePath ? { path: cachePath, key: cacheKey(statSync(bundlePath), process), checksum: crc32 } : undefined;
  const found = slot ? readCache(slot) : { status: 'unavailable' as const };

  // The same wrapper Node puts around a CommonJS module; V8 ties the cache to this exact text.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundlePath,
    ...(found.status === 'usable' ? { cachedData: found.data } : {}),
    importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const status: CacheStatus = found.status === 'usable' ? (script.cachedDataRejected ? 'rejected' : 'used') : found.status;
  if (slot) {
    const usedFull = status === 'used' && found.status === 'usable' && found.completeness === 'full';
    keepCache(script, slot, { full: !usedFull, partialAtExit: status !== 'used', writeAfterMs: options.writeAfterMs ?? WRITE_AFTER_MS });
  }
  const module = { exports: {} };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  return status;
}

/** Takes the cache once: a full one after `writeAfterMs` of running, else (if asked) a partial one at exit. */
function keepCache(script: Script, slot: CacheSlot, when: { full: boolean; partialAtExit: boolean; writeAfterMs: number }): void {
  let taken = false;
  const take = (completeness: CacheCompleteness) => {
    if (taken) return;
    taken = true;
    writeCache(slot.path, () => encodeCacheFile(slot.key, completeness, script.createCachedData(), slot.checksum));
  };
  if (when.full) setTimeout(() => take('full'), when.writeAfterMs).unref();
  if (when.partialAtExit) process.once('exit', () => take('partial'));
}

function readCache(slot: CacheSlot): ReturnType<typeof decodeCacheFile> | { status: 'missing' } {
  let file: Buffer;
  try {
    file = readFileSync(slot.path);
  } catch {
    return { status: 'missing' };
  }
  return decodeCacheFile(file, slot.key, slot.checksum);
}

/**
 * Writes beside the target, then renames: a reader sees the old file or the new one, never half.
 * Synchronous (unlike the store's writeFileAtomic) because it also runs in an 'exit' handler, and
 * without fsync: a cache lost in a crash is only a slower next start.
 */
function writeCache(cachePath: string, contents: () => Buffer): void {
  const temporary = `${cachePath}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(cachePath), { recursive: true });
    writeFileSync(temporary, contents());
    renameSync(temporary, cachePath);
  } catch {
    // Not cached this time (read-only home, full disk, ...); the next start tries again.
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}
