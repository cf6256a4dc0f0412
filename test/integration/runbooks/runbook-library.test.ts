import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { RunbookError } from '../../../src/runbooks/runbook-error.js';
import { RunbookLibrary, runbookDirs } from '../../../src/runbooks/runbook-library.js';
import { findShippedRunbooksDir } from '../../../src/runbooks/shipped-dir.js';

const SHIPPED = resolve(import.meta.dirname, '..', '..', '..', 'runbooks');
const SHIPPED_CHECKS = ['api-health', 'postgres', 'redis', 'queue-depth', 'disk', 'memory', 'load', 'error-rate'];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warroom-runbooks-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function configured(yaml: string) {
  await writeFile(join(dir, 'warroom.yaml'), yaml);
  return loadConfig({ explicit: join(dir, 'warroom.yaml'), cwd: dir, env: {} });
}

describe('the shipped runbooks', () => {
  it('are found from the install directory', () => {
    expect(findShippedRunbooksDir()).toBe(SHIPPED);
  });

  it('all load without warnings; checklists link only shipped checks; documents have no task items', async () => {
    const library = new RunbookLibrary([{ path: SHIPPED, origin: 'shipped' }]);
    const infos = await library.list();
    expect(infos.map((i) => i.name)).toEqual([
      '502-gateway-errors', 'auth-session-failures', 'crash-after-deploy', 'database-connection-failures', 'incident-checklist',
      'mitigation-options', 'oncall-handoff', 'payment-webhook-failures', 'recovery-verification', 'rollback-rules',
      'service-links', 'severity-guide', 'worker-backlog',
    ]);
    for (const info of infos) expect([info.name, info.error, info.warnings]).toEqual([info.name, undefined, 0]);
    const documents = infos.filter((i) => i.items === 0).map((i) => i.name);
    expect(documents).toEqual(['mitigation-options', 'rollback-rules', 'service-links', 'severity-guide']);
    for (const info of infos) {
      const doc = await library.load(info.name);
      for (const item of doc.runbook.items) if (item.check) expect(SHIPPED_CHECKS, `${info.name}:${item.line}`).toContain(item.check);
    }
  });

  it('the incident checklist has the seven phases in order, each with items, and links every shipped check', async () => {
    const doc = await new RunbookLibrary([{ path: SHIPPED, origin: 'shipped' }]).load('incident-checklist');
    const phases = doc.runbook.sections.filter((s) => s.items.length > 0).map((s) => s.id);
    expect(phases).toEqual(['acknowledge', 'triage', 'stabilise', 'investigate', 'communicate', 'resolve', 'postmortem']);
    expect(new Set(doc.runbook.items.map((i) => i.check).filter(Boolean))).toEqual(new Set(SHIPPED_CHECKS));
    expect(doc.runbook.items.some((i) => i.commands.length > 0 && i.depth === 0)).toBe(true);
    expect(doc.runbook.items.some((i) => i.depth > 0)).toBe(true);
  });

  it('recovery verification covers the signals DOMAIN facts require before resolving', async () => {
    const doc = await new RunbookLibrary([{ path: SHIPPED, origin: 'shipped' }]).load('recovery-verification.md');
    const text = doc.runbook.items.map((i) => i.text.toLowerCase()).join('\n');
    for (const needle of ['error rate', 'latency', 'queues are draining', 'database is healthy', 'log in', 'nothing is alerting', '10 minutes']) {
      expect(text).toContain(needle);
    }
  });

  it('every relative link in a shipped runbook points at a file that exists', async () => {
    const library = new RunbookLibrary([{ path: SHIPPED, origin: 'shipped' }]);
    for (const info of await library.list()) {
      const doc = await library.load(info.name);
      const links = doc.runbook.items.flatMap((i) => i.links);
      for (const link of links.filter((l) => !/^[a-z]+:/i.test(l.url))) {
        expect(existsSync(join(dirname(doc.file), link.url)), `${info.name} -> ${link.url}`).toBe(true);
      }
    }
  });
});

describe('RunbookLibrary', () => {
  it('a team directory beside the config is searched first and wins on a name clash; README is not a runbook', async () => {
    await mkdir(join(dir, 'runbooks'));
    await writeFile(join(dir, 'runbooks', 'rollback-rules.md'), '# Our rollback rules\n\n- [ ] Ask the release captain\n');
    await writeFile(join(dir, 'runbooks', 'search-outage.md'), '# Search outage\n');
    await writeFile(join(dir, 'runbooks', 'README.md'), '# About\n');
    const library = RunbookLibrary.fromConfig(await configured('service: shop\n'));
    expect(library.dirs).toEqual([{ path: join(dir, 'runbooks'), origin: 'team' }, { path: SHIPPED, origin: 'shipped' }]);
    const infos = await library.list();
    expect(infos.find((i) => i.name === 'rollback-rules')).toMatchObject({ origin: 'team', title: 'Our rollback rules', items: 1 });
    expect(infos.find((i) => i.name === 'search-outage')).toMatchObject({ origin: 'team', items: 0 });
    expect(infos.find((i) => i.name === 'incident-checklist')).toMatchObject({ origin: 'shipped' });
    expect(infos.some((i) => i.name === 'README')).toBe(false);
  });

  it('shipped: false offers only the team directory; a configured directory that is missing is an error naming it', async () => {
    await mkdir(join(dir, 'ops'));
    expect(runbookDirs(await configured('runbooks:\n  dir: ops\n  shipped: false\n'))).toEqual([{ path: join(dir, 'ops'), origin: 'team' }]);
    const loaded = await configured('runbooks:\n  dir: ops/runbooks\n');
    const message = `runbooks.dir ${join(dir, 'ops', 'runbooks')} does not exist (set in ${join(dir, 'warroom.yaml')})`;
    expect(() => runbookDirs(loaded)).toThrow(message);
    // The library still builds (a console must start); every use reports the problem.
    const library = RunbookLibrary.fromConfig(loaded);
    await expect(library.list()).rejects.toThrow(message);
    await expect(library.load('incident-checklist')).rejects.toThrow(message);
  });

  it('with no config at all, the shipped runbooks are used, also from inside the checkout itself', async () => {
    expect(runbookDirs(await loadConfig({ cwd: dir, env: {} }))).toEqual([{ path: SHIPPED, origin: 'shipped' }]);
    expect(runbookDirs(await loadConfig({ cwd: dirname(SHIPPED), env: {} }))).toEqual([{ path: SHIPPED, origin: 'shipped' }]);
  });

  it('loading hashes the exact bytes with sha256 and accepts the name with or without .md', async () => {
    const library = new RunbookLibrary([{ path: SHIPPED, origin: 'shipped' }]);
    const bytes = await readFile(join(SHIPPED, 'worker-backlog.md'));
    const doc = await library.load('worker-backlog.md');
    expect(doc.contentHash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    expect((await library.load('worker-backlog')).contentHash).toBe(doc.contentHash);
    expect(doc).toMatchObject({ name: 'worker-backlog', title: 'Background worker backlog', origin: 'shipped' });
  });

  it('a runbook that does not exist is an error naming the directories, with close names suggested', async () => {
    const library = new RunbookLibrary([{ path: SHIPPED, origin: 'shipped' }]);
    await expect(library.load('rollback')).rejects.toThrow(`no runbook "rollback" in ${SHIPPED}; did you mean rollback-rules?`);
    await expect(library.load('zzz')).rejects.toThrow(`no runbook "zzz" in ${SHIPPED}; \`warroom runbooks\` lists them`);
    await expect(library.load('zzz')).rejects.toBeInstanceOf(RunbookError);
  });

  it('names that leave the runbooks directory are refused', async () => {
    const library = new RunbookLibrary([{ path: SHIPPED, origin: 'shipped' }]);
    for (const name of ['../package.json', '/etc/passwd', 'a/../../b', '']) {
      await expect(library.load(name)).rejects.toThrow(/is not a runbook name/);
    }
  });

  it('files too large, binary or not UTF-8 are refused with the file named; other files still list', async () => {
    const team = join(dir, 'runbooks');
    await mkdir(team);
    await writeFile(join(team, 'huge.md'), `# Huge\n${'- [ ] step\n'.repeat(30_000)}`);
    await writeFile(join(team, 'binary.md'), Buffer.from([0x23, 0x20, 0x00, 0x01]));
    await writeFile(join(team, 'latin1.md'), Buffer.from([0x23, 0x20, 0xe9, 0x0a]));
    await writeFile(join(team, 'fine.md'), '\uFEFF# Fine\n- [ ] ok\n');
    const library = new RunbookLibrary([{ path: team, origin: 'team' }]);
    await expect(library.load('huge')).rejects.toThrow(`runbook ${join(team, 'huge.md')} is 323 KiB; runbooks are limited to 256 KiB, split it into smaller ones`);
    await expect(library.load('binary')).rejects.toThrow(`runbook ${join(team, 'binary.md')} is not a text file (it contains NUL bytes)`);
    await expect(library.load('latin1')).rejects.toThrow(`runbook ${join(team, 'latin1.md')} is not valid UTF-8 text`);
    const infos = await library.list();
    expect(infos.map((i) => [i.name, i.error === undefined, i.title])).toEqual([
      ['binary', false, 'binary'], ['fine', true, 'Fine'], ['huge', false, 'huge'], ['latin1', false, 'latin1'],
    ]);
  });
});
