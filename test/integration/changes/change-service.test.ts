/**
 * The whole "what changed" load: several real repositories, a deploy file with a bad line, a
 * change log, a deploy command, and broken sources, all from one config file.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeService } from '../../../src/changes/change-service.js';
import { clearSuspectMark, markSuspect } from '../../../src/changes/suspect-marks.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { changeRows, type ChangesView } from '../../../src/domain/changes/change-view.js';
import { IncidentService } from '../../../src/incidents/incident-service.js';
import { EventStore } from '../../../src/store/event-store.js';
import { createTestRepo } from '../../helpers/git-repo.js';

const DETECTED = '2026-11-22T03:00:00.000Z';
const at = (minutesBefore: number) => new Date(Date.parse(DETECTED) - minutesBefore * 60_000).toISOString();
const deploy = (m: number, service: string, version: string, extra: object = {}) => JSON.stringify({ at: at(m), service, version, actor: 'ci', ...extra });

let dir: string;
let service: ChangeService;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warroom-changes-'));
  const api = await createTestRepo('api', join(dir, 'repos'));
  await api.commit('Too old to show', at(400));
  await api.commit('Raise pool size', at(50));
  const web = await createTestRepo('web', join(dir, 'repos'));
  await web.commit('New checkout button', at(70));
  await mkdir(join(dir, 'ops'));
  await mkdir(join(dir, 'repos', 'not-a-repo'));
  await writeFile(
    join(dir, 'ops', 'deploys.jsonl'),
    [deploy(300, 'api', 'v2.13.9'), deploy(45, 'api', 'v2.14.0', { migration: true, description: 'pricing tables' }), '{"at":', deploy(-4, 'web', 'w-77')].join('\n'),
  );
  await writeFile(join(dir, 'ops', 'changes.jsonl'), JSON.stringify({ at: at(10), kind: 'flag', service: 'checkout', ref: 'new_flow=on', actor: 'alice' }));
  await writeFile(
    join(dir, 'warroom.yaml'),
    [
      'changes:',
      '  window: 2h',
      '  git:',
      '    - { path: repos/api }',
      '    - { path: repos/web, label: frontend }',
      '    - { path: repos/not-a-repo }',
      '  deploys:',
      '    - { file: ops/deploys.jsonl, label: prod }',
      `    - { command: ["${process.execPath}", "-e", "process.exit(4)"], label: helm }`,
      '  changeLogs:',
      '    - { file: ops/changes.jsonl }',
      '    - { file: ops/missing.jsonl }',
    ].join('\n'),
  );
  service = new ChangeService(await loadConfig({ explicit: join(dir, 'warroom.yaml'), cwd: dir, env: {} }));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the merged view', () => {
  it('merges every source in time order, flags the suspect, and lets broken sources fail alone', async () => {
    const view = await service.view({ detectedAt: DETECTED });

    const titles = view.rows.map((r) => (r.type === 'detection' ? '--- detected' : `${r.change.source}: ${r.change.title}`));
    expect(titles).toEqual([
      'frontend: New checkout button',
      'api: Raise pool size',
      'prod: api v2.14.0: pricing tables',
      'changes: checkout new_flow=on',
      '--- detected',
      'prod: web w-77',
    ]);
    const suspect = view.suspect!;
    expect(suspect.change).toMatchObject({ service: 'api', ref: 'v2.14.0', previousRef: 'v2.13.9' });
    expect(suspect.timing).toBe('45 min before detection');
    expect(suspect.caution).toMatch(/do not roll back the app alone/);
    expect(changeRows(view).filter((r) => r.highlighted).map((r) => r.change.title)).toEqual([
      'Raise pool size',
      'api v2.14.0: pricing tables',
      'checkout new_flow=on',
    ]);

    const problems = view.problems.join('\n');
    expect(problems).toContain(`not-a-repo: ${join(dir, 'repos', 'not-a-repo')} is not a git repository`);
    expect(problems).toContain(`prod: ${join(dir, 'ops', 'deploys.jsonl')}:3: not valid JSON`);
    expect(problems).toContain(`helm: ${process.execPath} exited with code 4`);
    expect(problems).toContain(`missing: ${join(dir, 'ops', 'missing.jsonl')}: file not found`);
    expect(view.sources.map((s) => s.source)).toEqual(['api', 'frontend', 'not-a-repo', 'prod', 'helm', 'changes', 'missing']);
  });

  it('loads sources concurrently: two hanging commands cost one timeout, and the repository still shows', async () => {
    await writeFile(
      join(dir, 'hanging.yaml'),
      [
        'changes:',
        '  git: [{ path: repos/api }]',
        '  deploys:',
        '    - { command: ["sleep", "30"], timeout: 1500ms, label: helm }',
        '    - { command: ["sleep", "30"], timeout: 1500ms, label: argo }',
      ].join('\n'),
    );
    const hanging = new ChangeService(await loadConfig({ explicit: join(dir, 'hanging.yaml'), cwd: dir, env: {} }));
    const started = performance.now();
    const view = await hanging.view({ detectedAt: DETECTED });
    // One after the other would take over 3 s.
    expect(performance.now() - started).toBeLessThan(2_900);
    expect(view.problems).toEqual(['helm: sleep timed out after 1.5s', 'argo: sleep timed out after 1.5s']);
    expect(changeRows(view).map((r) => r.change.title)).toEqual(['Raise pool size']);
  }, 15_000);

  it('shows each source as soon as it is read: a JSON Lines file\'s deploys long before a hanging command gives up', async () => {
    // The script sleeps like a deploy-history command stuck on an API that does not answer.
    await writeFile(join(dir, 'stuck-history.sh'), '#!/bin/sh\nsleep 30\n', { mode: 0o755 });
    await writeFile(
      join(dir, 'stuck.yaml'),
      ['changes:', '  deploys:', '    - { file: ops/deploys.jsonl, command: [./stuck-history.sh], timeout: 3s, label: prod }'].join('\n'),
    );
    const stuck = new ChangeService(await loadConfig({ explicit: join(dir, 'stuck.yaml'), cwd: dir, env: {} }));
    const started = performance.now();
    const partials: { ms: number; view: ChangesView }[] = [];
    const final = await stuck.view({ detectedAt: DETECTED, onProgress: (view) => partials.push({ ms: performance.now() - started, view }) });
    const finalMs = performance.now() - started;

    expect(partials).toHaveLength(1);
    const [first] = partials;
    expect(first!.ms).toBeLessThan(1_500);
    expect(changeRows(first!.view).map((r) => r.change.title)).toEqual(['api v2.14.0: pricing tables', 'web w-77']);
    expect(first!.view.suspect?.change.ref).toBe('v2.14.0');
    expect(first!.view.loading).toEqual([{ source: 'prod', sourceType: 'deploys', origin: './stuck-history.sh', timeoutMs: 3_000 }]);
    expect(first!.view.problems).toEqual([expect.stringContaining(`prod: ${join(dir, 'ops', 'deploys.jsonl')}:3: not valid JSON`)]);

    // The command is given up at its timeout; the file's changes are still there, the failure says why.
    expect(finalMs).toBeGreaterThanOrEqual(2_900);
    expect(final.loading).toEqual([]);
    expect(changeRows(final).map((r) => r.change.title)).toEqual(['api v2.14.0: pricing tables', 'web w-77']);
    expect(final.problems.at(-1)).toBe('prod: ./stuck-history.sh timed out after 3s');
  }, 15_000);

  it('a wider window reaches older commits', async () => {
    const view = await service.view({ detectedAt: DETECTED, windowMs: 8 * 3_600_000 });
    expect(changeRows(view).map((r) => r.change.title)).toContain('Too old to show');
  }, 15_000);

  it('details: a commit as git show --stat, a deploy as its full record', async () => {
    const view = await service.view({ detectedAt: DETECTED });
    const rows = changeRows(view);
    const commit = rows.find((r) => r.change.title === 'Raise pool size')!.change;
    const commitDetails = await service.details(commit);
    expect(commitDetails.error).toBeUndefined();
    expect(commitDetails.lines.join('\n')).toMatch(/1 file changed/);
    const deployDetails = await service.details(view.suspect!.change);
    expect(deployDetails.lines).toContain('previous version: v2.13.9');
    expect(deployDetails.lines).toContain('  description: pricing tables');
    expect(deployDetails.lines).toContain('  migration: true');
  }, 15_000);
});

describe('marking the suspected trigger', () => {
  it('records change.suspected and change.cleared on the incident timeline', async () => {
    const loaded = service.loaded;
    const store = new EventStore({ path: join(dir, 'store.json'), actor: 'alice' });
    const incidents = new IncidentService(store, loaded);
    await incidents.declare({ title: 'Checkout 502', severity: 'SEV1', detectedAt: DETECTED });
    const view = await service.view({ detectedAt: DETECTED });
    const [event] = await markSuspect(incidents, undefined, view.suspect!.change);
    expect(event).toMatchObject({ type: 'change.suspected', actor: 'alice', data: { ref: 'v2.14.0', previousRef: 'v2.13.9', service: 'api', migration: true } });
    const incident = await incidents.current();
    expect(incident.suspects.map((s) => s.changeId)).toEqual([view.suspect!.change.id]);
    const marked = await service.view({ detectedAt: DETECTED, marked: incident.suspects });
    expect(changeRows(marked).filter((r) => r.marked)).toHaveLength(1);
    await clearSuspectMark(incidents, undefined, 'deploy:prod:api@v2.14.0');
    expect((await incidents.current()).suspects).toEqual([]);
  }, 15_000);
});
