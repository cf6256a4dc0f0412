import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cacheCompleteness, cacheKey, encodeCacheFile } from '../../../src/boot/code-cache-file.js';
import { bundleScript } from '../../helpers/bundle-script.js';
import { REPO_ROOT } from '../../helpers/cli.js';

const run = promisify(execFile);
let driver: string;
let dir: string;
let bundle: string;
let cache: string;

/** A CommonJS bundle that reports what it was given, then stays up for $LIVE_MS. */
const bundleSource = (tag = 'one') =>
  `const { basename } = require('node:path');\n` +
  `process.stdout.write(JSON.stringify({ tag: ${JSON.stringify(tag)}, file: basename(__filename), dir: basename(__dirname), exports: typeof exports, module: typeof module.exports }));\n` +
  `setTimeout(() => {}, Number(process.env.LIVE_MS));\n`;

async function start({ writeAfterMs = 50, liveMs = 200 } = {}): Promise<{ status: string; ran: Record<string, string> }> {
  const env = { ...process.env, LIVE_MS: String(liveMs) };
  const { stdout, stderr } = await run(process.execPath, [driver, bundle, cache, String(writeAfterMs)], { timeout: 5000, env });
  return { status: stderr.match(/^cache (\w+)$/m)?.[1] ?? stderr, ran: JSON.parse(stdout) as Record<string, string> };
}

/** The completeness the cache file's header line states. */
const completeness = async () => cacheCompleteness(await readFile(cache));

beforeAll(async () => {
  driver = await bundleScript(join(REPO_ROOT, 'test/helpers/start-bundle-driver.ts'));
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warroom-boot-'));
  bundle = join(dir, 'bundle.cjs');
  cache = join(dir, 'cache', 'code-cache.bin');
  await writeFile(bundle, bundleSource());
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('starting the bundle with a code cache', () => {
  it('runs the bundle as a CommonJS module', async () => {
    const { ran } = await start();
    expect(ran).toEqual({ tag: 'one', file: 'bundle.cjs', dir: dir.split('/').at(-1), exports: 'object', module: 'object' });
  });

  it('writes a full cache from a process that keeps running; later starts use it and leave it be', async () => {
    expect((await start()).status).toBe('missing');
    expect(await completeness()).toBe('full');
    const written = await readFile(cache);
    expect((await start()).status).toBe('used');
    expect((await readFile(cache)).equals(written)).toBe(true);
  });

  it('does not use the cache of an earlier build, and replaces it', async () => {
    await start();
    await writeFile(bundle, bundleSource('two'));
    const later = new Date(Date.now() + 5000);
    await utimes(bundle, later, later);
    const rebuilt = await start();
    expect(rebuilt).toMatchObject({ status: 'stale', ran: { tag: 'two' } });
    expect((await start()).status).toBe('used');
  });

  it('never hands a damaged cache to V8, and replaces it', async () => {
    await start();
    const file = await readFile(cache);
    file.writeUInt8(file.readUInt8(file.length - 10) ^ 0xff, file.length - 10);
    await writeFile(cache, file);
    expect((await start()).status).toBe('corrupt');
    expect((await start()).status).toBe('used');
  });

  it('replaces a cache that V8 refuses (made from other code under this key)', async () => {
    const info = await stat(bundle);
    const key = cacheKey(info, process);
    const foreign = new Script('(function () { return 42; })').createCachedData();
    await mkdir(dirname(cache), { recursive: true });
    await writeFile(cache, encodeCacheFile(key, 'full', foreign, (data: Uint8Array) => crc32(data)));
    expect((await start()).status).toBe('rejected');
    expect((await start()).status).toBe('used');
  });

  it('lets a short command end at once with a partial cache, which the next long run makes full', async () => {
    expect((await start({ writeAfterMs: 3000, liveMs: 0 })).status).toBe('missing');
    expect(await completeness()).toBe('partial');
    expect((await start({ writeAfterMs: 3000, liveMs: 0 })).status).toBe('used');
    expect(await completeness()).toBe('partial');
    expect((await start()).status).toBe('used');
    expect(await completeness()).toBe('full');
  });

  it('still runs when the cache cannot be written', async () => {
    await writeFile(join(dir, 'cache'), 'a file where the cache directory should be');
    expect((await start()).status).toBe('missing');
    expect((await start()).ran.tag).toBe('one');
  });
});
