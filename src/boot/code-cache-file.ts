/**
 * The file a V8 code cache is kept in: one header line naming the format, the bundle and Node it
 * belongs to, how complete it is, the payload's length and checksum; then the bytes V8 produced.
 * Pure: no IO here.
 *
 * V8 checks a cache against its own version and flags and the source's length, not the source's
 * content; the key (bundle size and modification time, Node version, architecture) keeps a cache from
 * meeting a different build, and the checksum keeps a damaged file from ever reaching V8.
 */

const FORMAT = 'warroom-code-cache/1';

/**
 * `full`: taken from a process that ran for a while (the console after its first frame), so it holds
 * the code a start runs. `partial`: taken as a short command ended; it holds only what that command ran.
 */
export type CacheCompleteness = 'full' | 'partial';
const isCompleteness = (value: string | undefined): value is CacheCompleteness => value === 'full' || value === 'partial';

export interface BundleIdentity {
  size: number;
  mtimeMs: number;
}

export interface Runtime {
  version: string;
  arch: string;
}

export type Checksum = (data: Uint8Array) => number;

export type CacheRead = { status: 'usable'; data: Buffer; completeness: CacheCompleteness } | { status: 'stale' | 'corrupt' };

/** Which build of the CLI, on which Node, a cache belongs to. */
export function cacheKey(bundle: BundleIdentity, runtime: Runtime): string {
  return `node-${runtime.version}-${runtime.arch}-bundle-${bundle.size}-${Math.trunc(bundle.mtimeMs)}`;
}

export function encodeCacheFile(key: string, completeness: CacheCompleteness, data: Uint8Array, checksum: Checksum): Buffer {
  const header = `${FORMAT} ${key} ${completeness} ${data.length} ${checksum(data)}\n`;
  return Buffer.concat([Buffer.from(header, 'latin1'), data]);
}

interface Header {
  key: string;
  completeness: CacheCompleteness;
  length: string;
  sum: string;
  /** Where the payload starts. */
  end: number;
}

function readHeader(file: Buffer): Header | undefined {
  const newline = file.indexOf(0x0a);
  if (newline < 0 || newline > 400) return undefined;
  const [format, key, completeness, length, sum, ...rest] = file.subarray(0, newline).toString('latin1').split(' ');
  if (format !== FORMAT || rest.length > 0 || !key || !isCompleteness(completeness) || !length || !sum) return undefined;
  return { key, completeness, length, sum, end: newline + 1 };
}

/** How complete the cache in `file` says it is, without checking its payload; undefined for no cache file. */
export function cacheCompleteness(file: Buffer): CacheCompleteness | undefined {
  return readHeader(file)?.completeness;
}

/** The payload, when the file is whole and made for `key`. */
export function decodeCacheFile(file: Buffer, key: string, checksum: Checksum): CacheRead {
  const header = readHeader(file);
  if (!header) return { status: 'corrupt' };
  if (header.key !== key) return { status: 'stale' };
  const data = file.subarray(header.end);
  if (String(data.length) !== header.length || String(checksum(data)) !== header.sum) return { status: 'corrupt' };
  return { status: 'usable', data, completeness: header.completeness };
}
