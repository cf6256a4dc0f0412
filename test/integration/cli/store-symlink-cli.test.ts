/** A store reached through a symbolic link stays one store: the link survives, and writers through either path share one lock. */
import { lstat, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runWarroom } from '../../helpers/cli.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warroom-symlink-'));
  await mkdir(join(dir, 'real'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const warroom = (store: string, args: string[]) => runWarroom(['--store', store, ...args], { cwd: dir });

async function eventTypes(path: string): Promise<string[]> {
  return (JSON.parse(await readFile(path, 'utf8')) as { events: { type: string }[] }).events.map((e) => e.type);
}

describe('store behind a symbolic link', () => {
  it('writers through the link and through the real path at the same time lose nothing, and the link stays a link', async () => {
    // Given a store and a relative link to it
    expect((await warroom('real/store.json', ['declare', '--title', 'linked', '--severity', 'SEV3'])).code).toBe(0);
    await symlink('real/store.json', join(dir, 'link.json'));
    // When processes append through both names at once
    const writers = Array.from({ length: 8 }, (_, i) => warroom(i % 2 === 0 ? 'link.json' : 'real/store.json', ['note', `note ${i}`]));
    for (const result of await Promise.all(writers)) expect(result.code, result.stderr).toBe(0);
    // Then the link is still a link, the real file holds every note, and the chain holds
    expect((await lstat(join(dir, 'link.json'))).isSymbolicLink()).toBe(true);
    expect((await eventTypes(join(dir, 'real', 'store.json'))).filter((t) => t === 'note.added')).toHaveLength(8);
    const verify = await warroom('link.json', ['verify']);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
  });

  it('a link to a store not created yet creates its target, not a file in place of the link', async () => {
    await symlink(join(dir, 'real', 'new.json'), join(dir, 'ahead.json'));
    expect((await warroom('ahead.json', ['declare', '--title', 'first', '--severity', 'SEV3'])).code).toBe(0);
    expect((await lstat(join(dir, 'ahead.json'))).isSymbolicLink()).toBe(true);
    expect(await eventTypes(join(dir, 'real', 'new.json'))).toContain('incident.declared');
  });

  it('a loop of links is refused naming the path', async () => {
    await symlink('b.json', join(dir, 'a.json'));
    await symlink('a.json', join(dir, 'b.json'));
    const result = await warroom('a.json', ['list']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`warroom: cannot open store ${join(dir, 'a.json')}: more than 40 symbolic links in a row (a loop?)\n`);
  });
});
