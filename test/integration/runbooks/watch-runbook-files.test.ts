/** Runbook files on a checklist are watched for edits, with real files in a temporary directory. */
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchRunbookFiles, type RunbookFilesWatcher } from '../../../src/runbooks/watch-runbook-files.js';

let dir = '';
let watcher: RunbookFilesWatcher | undefined;
afterEach(async () => {
  watcher?.close();
  watcher = undefined;
  await rm(dir, { recursive: true, force: true });
});

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await settle(10);
  }
}

describe('watchRunbookFiles', () => {
  it('an edit in place, a save by rename and a file created later are reported; other files, unwatched ones and a closed watcher are not', async () => {
    dir = await mkdtemp(join(tmpdir(), 'warroom-watch-runbooks-'));
    const ops = join(dir, 'ops.md');
    const later = join(dir, 'later.md');
    await writeFile(ops, '- [ ] One\n');
    let changes = 0;
    watcher = watchRunbookFiles(() => changes++, 50);
    watcher.watch([ops, later]);
    await settle(100);

    const reported = async (change: () => Promise<unknown>) => {
      const before = changes;
      await change();
      await until(() => changes > before);
    };
    await reported(() => writeFile(ops, '- [ ] One\n- [ ] Two\n'));
    // An editor's save: write a temporary file, rename it over the runbook.
    await reported(async () => {
      await writeFile(join(dir, '.ops.md.swp'), '- [ ] Three\n');
      await rename(join(dir, '.ops.md.swp'), ops);
    });
    await reported(() => writeFile(later, '- [ ] Created during the incident\n'));

    const ignored = async (change: () => Promise<unknown>) => {
      await settle(300);
      const before = changes;
      await change();
      // Longer than the fallback poll: neither the directory watch nor the poll reports it.
      await settle(1300);
      expect(changes).toBe(before);
    };
    await ignored(() => writeFile(join(dir, 'unrelated.md'), 'x'));
    watcher.watch([later]);
    await ignored(() => writeFile(ops, 'no longer on the checklist\n'));
    watcher.close();
    await ignored(() => writeFile(later, 'after close\n'));
  });
});
