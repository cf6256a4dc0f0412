import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newEvent } from '../../../src/domain/events.js';
import { StoreCorruptError, StoreError } from '../../../src/store/errors.js';
import { EventStore } from '../../../src/store/event-store.js';
import { verifyChain } from '../../../src/store/hash-chain.js';
import { bundleScript } from '../../helpers/bundle-script.js';
import { REPO_ROOT } from '../../helpers/cli.js';

let dir: string;
let writer: string;

beforeAll(async () => {
  writer = await bundleScript(join(REPO_ROOT, 'test/helpers/store-writer.ts'));
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warroom-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function runWriter(path: string, actor: string, count: number) {
  const child = spawn(process.execPath, [writer, path, actor, String(count)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const seqs: number[] = [];
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) if (line) seqs.push(Number(line));
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, seqs, done, stderr: () => stderr };
}

describe('event store', () => {
  it('appends events with gap-free seq, a hash chain, and a 0600 file', async () => {
    const path = join(dir, 'sub', 'store.json');
    const store = new EventStore({ path, actor: 'alice', now: () => new Date('2026-11-22T03:00:00Z') });
    await store.append([newEvent('INC-1', 'note.added', { text: 'one' }), newEvent('INC-1', 'note.added', { text: 'two' })]);
    const data = await store.read();
    expect(data.events.map((e) => [e.seq, e.actor, e.at])).toEqual([
      [1, 'alice', '2026-11-22T03:00:00.000Z'],
      [2, 'alice', '2026-11-22T03:00:00.000Z'],
    ]);
    expect(verifyChain(data.events).ok).toBe(true);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(path, 'utf8')).schemaVersion).toBe(1);
  });

  it('never overwrites a store that does not parse, and names it', async () => {
    const path = join(dir, 'store.json');
    const garbage = '{"schemaVersion":1,"events":[{"id":';
    await writeFile(path, garbage);
    const store = new EventStore({ path, actor: 'alice' });
    await expect(store.append([newEvent('INC-1', 'note.added', { text: 'x' })])).rejects.toThrow(StoreCorruptError);
    await expect(store.read()).rejects.toThrow(new RegExp(`store ${path} is not valid`));
    expect(await readFile(path, 'utf8')).toBe(garbage);
  });

  it('refuses a store from a newer schema version rather than guessing', async () => {
    const path = join(dir, 'store.json');
    await writeFile(path, '{"schemaVersion":99,"events":[]}');
    await expect(new EventStore({ path, actor: 'a' }).read()).rejects.toThrow(/schemaVersion 99 is newer/);
  });

  it('migrates an unversioned store on read', async () => {
    const path = join(dir, 'store.json');
    await writeFile(path, '{"events":[]}');
    expect((await new EventStore({ path, actor: 'a' }).read()).schemaVersion).toBe(1);
  });

  it('reports a store directory that cannot be created or written', async () => {
    const blocker = join(dir, 'not-a-dir');
    await writeFile(blocker, 'x');
    const store = new EventStore({ path: join(blocker, 'store.json'), actor: 'a' });
    await expect(store.append([newEvent('INC-1', 'note.added', { text: 'x' })])).rejects.toThrow(StoreError);
    await expect(store.append([newEvent('INC-1', 'note.added', { text: 'x' })])).rejects.toThrow(/cannot create store directory/);
  });

  it('an unreadable store is an error that names the file', async () => {
    if (process.getuid?.() === 0) {
      // root reads anything; a directory in the file's place is refused for everyone, as soon as the store opens.
      const path = join(dir, 'store.json');
      await (await import('node:fs/promises')).mkdir(path);
      expect(() => new EventStore({ path, actor: 'a' })).toThrow(new RegExp(`store ${path} is a directory`));
    } else {
      const path = join(dir, 'store.json');
      await writeFile(path, '{"schemaVersion":1,"events":[]}');
      await chmod(path, 0o000);
      await expect(new EventStore({ path, actor: 'a' }).read()).rejects.toThrow(new RegExp(`cannot read store ${path}`));
    }
  });

  it('keeps all 1000 events when 4 processes append 250 notes each at the same time', async () => {
    const path = join(dir, 'store.json');
    const writers = ['w1', 'w2', 'w3', 'w4'].map((actor) => runWriter(path, actor, 250));
    const codes = await Promise.all(writers.map((w) => w.done));
    expect(codes, writers.map((w) => w.stderr()).join('\n')).toEqual([0, 0, 0, 0]);
    const data = JSON.parse(await readFile(path, 'utf8'));
    expect(data.events).toHaveLength(1000);
    expect(new Set(data.events.map((e: { data: { text: string } }) => e.data.text)).size).toBe(1000);
    expect(verifyChain(data.events)).toMatchObject({ ok: true, count: 1000 });
  }, 120_000);

  it('a writer killed with SIGKILL mid-run leaves a valid file holding every returned append', async () => {
    const path = join(dir, 'store.json');
    const run = runWriter(path, 'victim', 100_000);
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (run.seqs.length >= 150) {
          clearInterval(timer);
          resolve();
        }
      }, 5);
    });
    run.child.kill('SIGKILL');
    await run.done;
    const returned = [...run.seqs];
    const data = JSON.parse(await readFile(path, 'utf8'));
    const stored = new Set(data.events.map((e: { seq: number }) => e.seq));
    for (const seq of returned) expect(stored.has(seq)).toBe(true);
    expect(verifyChain(data.events).ok).toBe(true);
    // The next writer takes over the dead writer's lock and carries on.
    const after = new EventStore({ path, actor: 'next' });
    const [event] = await after.append([newEvent('INC-1', 'note.added', { text: 'after the crash' })]);
    expect(event!.seq).toBe(data.events.length + 1);
  }, 60_000);
});
