/** Store locations that cannot work say what to change, and a command that fails before writing leaves no trace. */
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runWarroom, WARROOM_BIN, type CliResult } from '../../helpers/cli.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warroom-location-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const isRoot = process.getuid?.() === 0;

/** Runs the CLI as a user without write access to `dir`'s subfolders: `nobody` when the tests run as root, else this user. */
function runUnprivileged(args: string[]): Promise<CliResult> {
  const [file, argv] = isRoot ? ['runuser', ['-u', 'nobody', '--', process.execPath, WARROOM_BIN, ...args]] : [process.execPath, [WARROOM_BIN, ...args]];
  return new Promise((resolve) => {
    const child = execFile(file, argv, { cwd: dir, env: { ...process.env, WARROOM_ACTOR: 'tester' } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end();
  });
}

describe('store location errors', () => {
  it('a store directory the user cannot write: the change is refused naming the directory, reading still works', async () => {
    const shared = join(dir, 'shared');
    const store = join(shared, 'store.json');
    expect((await runWarroom(['--store', store, 'declare', '--title', 'x', '--severity', 'SEV3'], { cwd: dir })).code).toBe(0);
    await chmod(dir, 0o755);
    await chmod(shared, 0o555);
    await chmod(store, 0o644);
    const before = await readFile(store, 'utf8');

    const note = await runUnprivileged(['--store', store, 'note', 'hello']);
    expect(note.code).toBe(2);
    expect(note.stderr).toBe(`warroom: cannot write store ${store}: the directory ${shared} must be writable by you (the lock and each new version of the file are made there); fix its permissions or pass --store\n`);
    expect((await runUnprivileged(['--store', store, 'status'])).code).toBe(0);
    const nested = await runUnprivileged(['--store', join(shared, 'new', 'store.json'), 'note', 'hello']);
    expect(nested.stderr).toBe(`warroom: cannot create store directory ${join(shared, 'new')}: permission denied: create it (writable by you) or pass --store\n`);
    expect(await readFile(store, 'utf8')).toBe(before);
  });

  it('a store path that is a directory is reported as one, for reads and writes', async () => {
    const folder = join(dir, 'store.json');
    await mkdir(folder);
    for (const args of [['note', 'x'], ['status']]) {
      const result = await runWarroom(['--store', folder, ...args], { cwd: dir });
      expect(result).toMatchObject({ code: 2, stderr: `warroom: store ${folder} is a directory, not a store file; pass a file path (e.g. --store ${folder}/store.json)\n` });
    }
    expect(await readdir(dir)).toEqual(['store.json']);
  });

  it('a change refused before anything is written creates no directory (default store, or a nested --store)', async () => {
    const noIncident = await runWarroom(['note', 'hello'], { cwd: dir });
    expect(noIncident.code).toBe(1);
    const nested = await runWarroom(['--store', join(dir, 'a', 'b', 'store.json'), 'ack'], { cwd: dir });
    expect(nested.code).toBe(1);
    expect(await readdir(dir)).toEqual([]);
    // The same nested store is created by a change that writes.
    expect((await runWarroom(['--store', join(dir, 'a', 'b', 'store.json'), 'declare', '--title', 'x', '--severity', 'SEV3'], { cwd: dir })).code).toBe(0);
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['store.json']);
  });
});
