import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cacheKey, decodeCacheFile, encodeCacheFile } from '../../../src/boot/code-cache-file.js';

const checksum = (data: Uint8Array) => crc32(data);
const key = cacheKey({ size: 3_100_000, mtimeMs: 1796323363666.25 }, { version: 'v20.20.2', arch: 'x64' });
const payload = Buffer.from('compiled code, as V8 serialises it');

describe('code cache file', () => {
  it('keys a cache by Node version, architecture, bundle size and modification time', () => {
    expect(key).toBe('node-v20.20.2-x64-bundle-3100000-1796323363666');
    expect(cacheKey({ size: 3_100_000, mtimeMs: 1796323363667 }, { version: 'v20.20.2', arch: 'x64' })).not.toBe(key);
    expect(cacheKey({ size: 3_100_000, mtimeMs: 1796323363666 }, { version: 'v22.1.0', arch: 'x64' })).not.toBe(key);
  });

  it('gives back the payload and completeness it was written with, for the same key', () => {
    for (const completeness of ['full', 'partial'] as const) {
      const read = decodeCacheFile(encodeCacheFile(key, completeness, payload, checksum), key, checksum);
      expect(read).toMatchObject({ status: 'usable', completeness });
      expect(read.status === 'usable' && read.data.equals(payload)).toBe(true);
    }
  });

  it('calls a cache made for another build or Node stale', () => {
    const other = cacheKey({ size: 3_100_001, mtimeMs: 1 }, { version: 'v20.20.2', arch: 'x64' });
    expect(decodeCacheFile(encodeCacheFile(other, 'full', payload, checksum), key, checksum)).toEqual({ status: 'stale' });
  });

  it('never hands a damaged or truncated payload on', () => {
    const file = encodeCacheFile(key, 'full', payload, checksum);
    const flipped = Buffer.from(file);
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 3) ^ 0x20, flipped.length - 3);
    expect(decodeCacheFile(flipped, key, checksum)).toEqual({ status: 'corrupt' });
    expect(decodeCacheFile(file.subarray(0, file.length - 1), key, checksum)).toEqual({ status: 'corrupt' });
    expect(decodeCacheFile(Buffer.concat([file, Buffer.from('x')]), key, checksum)).toEqual({ status: 'corrupt' });
  });

  it('calls a file that is not a cache at all corrupt', () => {
    expect(decodeCacheFile(Buffer.from(''), key, checksum)).toEqual({ status: 'corrupt' });
    expect(decodeCacheFile(Buffer.alloc(4096, 0x41), key, checksum)).toEqual({ status: 'corrupt' });
    expect(decodeCacheFile(Buffer.from(`something-else ${key} full 3 0\nabc`), key, checksum)).toEqual({ status: 'corrupt' });
    const unknownKind = encodeCacheFile(key, 'full', payload, checksum).toString('latin1').replace(' full ', ' most ');
    expect(decodeCacheFile(Buffer.from(unknownKind, 'latin1'), key, checksum)).toEqual({ status: 'corrupt' });
  });
});
