/**
 * The checks of the shipped example config (and of the sample in checks/README.md) work as
 * shipped: the console accepts every check key, and every `check:NAME` a shipped runbook links
 * names a check the example config defines.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type LoadedConfig } from '../../../src/config/load-config.js';
import { RunbookLibrary } from '../../../src/runbooks/runbook-library.js';
import { consoleKeymap } from '../../../src/tui/keymap/check-keys.js';
import { REPO_ROOT } from '../../helpers/cli.js';

let example: LoadedConfig;
let readmeSample: LoadedConfig;
let dir: string;

beforeAll(async () => {
  example = await loadConfig({ explicit: join(REPO_ROOT, 'warroom.example.yaml'), cwd: REPO_ROOT, env: {} });
  // The README's sample is the one ```yaml block of checks/README.md; load it as a config of its own.
  const readme = await readFile(join(REPO_ROOT, 'checks', 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  expect(blocks).toHaveLength(1);
  dir = await mkdtemp(join(tmpdir(), 'warroom-example-checks-'));
  await writeFile(join(dir, 'warroom.yaml'), blocks[0]!);
  readmeSample = await loadConfig({ explicit: join(dir, 'warroom.yaml'), cwd: dir, env: {} });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the shipped example checks', () => {
  it('give keys the console accepts: none is refused at start', () => {
    for (const loaded of [example, readmeSample]) {
      expect(loaded.config.checks.some((c) => c.key !== undefined)).toBe(true);
      expect(consoleKeymap(loaded.config.checks).ignored).toEqual([]);
    }
  });

  it('include every check a shipped runbook links with check:NAME', async () => {
    const defined = new Set(example.config.checks.map((c) => c.name));
    const library = new RunbookLibrary([{ path: join(REPO_ROOT, 'runbooks'), origin: 'shipped' }]);
    const linked: string[] = [];
    for (const info of await library.list()) {
      const doc = await library.load(info.name);
      for (const item of doc.runbook.items) if (item.check) linked.push(item.check);
      const missing = doc.runbook.items.filter((i) => i.check && !defined.has(i.check)).map((i) => `${info.name}:${i.line}: check:${i.check}`);
      expect(missing, `runbook links to checks warroom.example.yaml does not define`).toEqual([]);
    }
    expect(new Set(linked).size).toBeGreaterThan(3);
  });
});
