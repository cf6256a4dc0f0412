import { describe, expect, it } from 'vitest';
import { mergeChanges, withPreviousVersions } from '../../../../src/domain/changes/change-merge.js';
import { sourceProblemLines, type Change, type SourceLoad, type SourceReport } from '../../../../src/domain/changes/change-model.js';
import { buildChangesView, changeRows, changesJson, rollbackCaution } from '../../../../src/domain/changes/change-view.js';
import { changeWindow } from '../../../../src/domain/changes/change-window.js';

const DETECTED = '2026-11-22T03:00:00.000Z';
const minutesBefore = (m: number) => new Date(Date.parse(DETECTED) - m * 60_000).toISOString();

function deploy(id: string, m: number, service: string, ref: string, extra: Partial<Change> = {}): Change {
  return { id, at: minutesBefore(m), kind: 'deploy', source: 'prod', sourceType: 'deploys', title: `${service} ${ref}`, actor: 'ci', service, ref, ...extra };
}
function commit(id: string, m: number, source = 'api'): Change {
  return { id, at: minutesBefore(m), kind: 'commit', source, sourceType: 'git', title: id, actor: 'ann', ref: id };
}
const report = (source: string, extra: Partial<SourceReport> = {}): SourceReport => ({ source, sourceType: 'git', origin: `/repos/${source}`, count: 0, lineErrors: [], ...extra });
const load = (changes: Change[], source = 'x'): SourceLoad => ({ changes, report: report(source) });

describe('merging sources', () => {
  it('gives each deploy the previous different version of the same service, even from before the window', () => {
    const merged = withPreviousVersions([
      deploy('d3', 30, 'api', 'v3'),
      deploy('d1', 600, 'api', 'v1'),
      deploy('w1', 500, 'web', 'w1'),
      deploy('d2', 300, 'api', 'v2'),
      deploy('d3b', 20, 'api', 'v3'), // a redeploy of v3 still rolls back to v2
    ]);
    const prev = Object.fromEntries(merged.map((c) => [c.id, c.previousRef]));
    expect(prev).toEqual({ d1: undefined, d2: 'v1', d3: 'v2', d3b: 'v2', w1: undefined });
  });

  it('never offers a version that was rolled back as a rollback target', () => {
    const merged = withPreviousVersions([
      deploy('d1', 300, 'api', 'v1'),
      deploy('d2', 100, 'api', 'v2', { migration: true }),
      deploy('back', 60, 'api', 'v1', { rollbackOf: 'v2' }),
      deploy('d3', 20, 'api', 'v3'),
    ]);
    const prev = Object.fromEntries(merged.map((c) => [c.id, c.previousRef]));
    // Rolling back the rollback would bring v2 again; after it, v3 rolls back to v1, not v2.
    expect(prev).toEqual({ d1: undefined, d2: 'v1', back: undefined, d3: 'v1' });
  });

  it('keeps the order versions last ran in through redeploys and rollbacks, over a long history', () => {
    const merged = withPreviousVersions([
      deploy('a1', 500, 'api', 'v1'),
      deploy('a2', 400, 'api', 'v2'),
      deploy('a3', 300, 'api', 'v3'),
      deploy('back', 250, 'api', 'v2', { rollbackOf: 'v3' }),
      deploy('again', 200, 'api', 'v2'),
      deploy('a1b', 150, 'api', 'v1'),
      deploy('a4', 100, 'api', 'v4'),
    ]);
    const prev = Object.fromEntries(merged.map((c) => [c.id, c.previousRef]));
    expect(prev).toEqual({ a1: undefined, a2: 'v1', a3: 'v2', back: 'v1', again: 'v1', a1b: 'v2', a4: 'v1' });
    // Two years of deploys every 45 minutes: each still points at the version before it.
    const many = Array.from({ length: 20_000 }, (_, i) => deploy(`d${i}`, 20_000 - i, 'api', `v${i}`));
    const long = withPreviousVersions(many);
    expect(long.at(-1)!.previousRef).toBe('v19998');
  });

  it('leaves out a version rolled back before the window too', () => {
    const [latest] = withPreviousVersions([deploy('d4', 30, 'api', 'v4')], [
      { atMs: Date.parse(minutesBefore(900)), service: 'api', ref: 'v1' },
      { atMs: Date.parse(minutesBefore(600)), service: 'api', ref: 'v2' },
      { atMs: Date.parse(minutesBefore(500)), service: 'api', ref: 'v1', rollbackOf: 'v2' },
    ]);
    expect(latest!.previousRef).toBe('v1');
  });

  it('finds the rollback target among deploys from before the window', () => {
    const [latest] = withPreviousVersions([deploy('d3', 30, 'api', 'v3')], [
      { atMs: Date.parse(minutesBefore(900)), service: 'api', ref: 'v1' },
      { atMs: Date.parse(minutesBefore(600)), service: 'api', ref: 'v2' },
      { atMs: Date.parse(minutesBefore(500)), service: 'web', ref: 'w9' },
    ]);
    expect(latest!.previousRef).toBe('v2');
  });

  it('keeps one chronological list in the window, unique ids, stable order for equal times', () => {
    const window = changeWindow(DETECTED, 2 * 3_600_000);
    const merged = mergeChanges(
      [
        load([commit('c-old', 200), commit('c1', 50), commit('c-after', -10)], 'api'),
        load([deploy('dup', 40, 'api', 'v2'), deploy('dup', 40, 'api', 'v2'), deploy('d0', 300, 'api', 'v1')], 'prod'),
        load([commit('b1', 50, 'billing')], 'billing'),
      ],
      window,
    );
    expect(merged.map((c) => c.id)).toEqual(['c1', 'b1', 'dup', 'dup#2', 'c-after']);
    expect(merged.find((c) => c.id === 'dup')!.previousRef).toBe('v1');
  });
});

describe('the changes view', () => {
  const window = changeWindow(DETECTED, 2 * 3_600_000);
  const changes = mergeChanges(
    [
      load([
        deploy('d-old', 100, 'api', 'v1'),
        deploy('d-mig', 45, 'api', 'v2', { migration: true }),
        { ...commit('flag', 5), kind: 'flag', sourceType: 'changelog', source: 'ops' },
        deploy('d-after', -3, 'api', 'v3'),
        { ...commit('m', 70), kind: 'migration', sourceType: 'changelog', source: 'ops' },
      ]),
    ],
    window,
  );

  it('draws the detection marker between before and after, highlights the last 60 minutes', () => {
    const view = buildChangesView(changes, [], { window });
    expect(view.rows.map((r) => (r.type === 'detection' ? '|' : r.change.id))).toEqual(['d-old', 'm', 'd-mig', 'flag', '|', 'd-after']);
    const rows = changeRows(view);
    expect(rows.filter((r) => r.highlighted).map((r) => r.change.id)).toEqual(['d-mig', 'flag']);
    expect(view.highlightedCount).toBe(2);
    expect(rows.find((r) => r.change.id === 'd-after')).toMatchObject({ afterDetection: true, minutesBeforeDetection: -3, timing: '3 min after detection' });
    expect(view.rows.find((r) => r.type === 'detection')).toMatchObject({ text: 'detected 03:00 UTC' });
    expect(view.windowText).toBe('2h before detection, and everything since');
  });

  it('flags the latest deploy before detection as the suspect, with minutes before detection and a migration caution', () => {
    const view = buildChangesView(changes, [], { window });
    expect(view.suspect?.change.id).toBe('d-mig');
    expect(view.suspect).toMatchObject({ minutesBeforeDetection: 45, timing: '45 min before detection' });
    expect(view.suspect?.caution).toMatch(/do not roll back the app alone/);
    expect(changeRows(view).filter((r) => r.suspect)).toHaveLength(1);
    // The standalone migration record carries its own caution; a plain deploy none.
    expect(changeRows(view).find((r) => r.change.id === 'm')?.caution).toMatch(/migration/);
    expect(changeRows(view).find((r) => r.change.id === 'd-old')?.caution).toBeUndefined();
    expect(rollbackCaution(deploy('back', 5, 'api', 'v1', { rollbackOf: 'v2', migration: true }))).toMatch(/do not roll back the app alone.*; this deploy rolled back v2: rolling it back brings v2 again/);
  });

  it('has no suspect when no deploy precedes detection in the window, and honours a narrower highlight', () => {
    const only = changes.filter((c) => c.id !== 'd-old' && c.id !== 'd-mig');
    const view = buildChangesView(only, [], { window, highlightMs: 10 * 60_000 });
    expect(view.suspect).toBeUndefined();
    expect(changeRows(view).filter((r) => r.highlighted).map((r) => r.change.id)).toEqual(['flag']);
  });

  it('marks changes responders recorded as suspected, and lists every source problem', () => {
    const sources = [
      report('api'),
      report('broken', { error: 'not a git repository: /srv/x' }),
      report('prod', { sourceType: 'deploys', lineErrors: [{ origin: 'deploys.jsonl', line: 7, message: 'not valid JSON' }, { origin: 'deploys.jsonl', line: 9, message: 'x' }] }),
    ];
    const view = buildChangesView(changes, sources, { window, marked: [{ changeId: 'flag' }] });
    expect(changeRows(view).filter((r) => r.marked).map((r) => r.change.id)).toEqual(['flag']);
    expect(view.problems).toEqual(['broken: not a git repository: /srv/x', 'prod: deploys.jsonl:7: not valid JSON (and 1 more bad line)']);
  });

  it('shortens ids so that each still names one change among the id scope, not just among the rows shown', () => {
    const recent = deploy('deploy:prod:api@v1:20261122T025000Z', 10, 'api', 'v1');
    const older = deploy('deploy:prod:api@v1:20261122T013000Z', 90, 'api', 'v1');
    const alone = buildChangesView([recent], [], { window });
    expect(changeRows(alone)[0]!.shortId).toBe('deploy:prod:api@v1');
    const scoped = buildChangesView([recent], [], { window, idScope: [older, recent] });
    expect(changeRows(scoped)[0]!.shortId).toBe(recent.id);
    expect(scoped.suspect?.shortId).toBe(recent.id);
  });

  it('lists a source\'s bad lines one by one with file:line, the first 20 and a count of the rest', () => {
    const bad = (n: number) => Array.from({ length: n }, (_, i) => ({ origin: 'deploys.jsonl', line: i + 2, message: 'not valid JSON' }));
    expect(sourceProblemLines(report('prod', { lineErrors: bad(2) }))).toEqual([
      'prod: 2 bad lines skipped:',
      '  deploys.jsonl:2: not valid JSON',
      '  deploys.jsonl:3: not valid JSON',
    ]);
    const many = sourceProblemLines(report('prod', { lineErrors: bad(23) }));
    expect(many).toHaveLength(1 + 20 + 1);
    expect(many[20]).toBe('  deploys.jsonl:21: not valid JSON');
    expect(many.at(-1)).toBe('  … and 3 more bad lines');
    expect(sourceProblemLines(report('prod', { lineErrors: bad(21) })).at(-1)).toBe('  … and 1 more bad line');
    expect(sourceProblemLines(report('broken', { error: 'not a git repository: /srv/x', lineErrors: bad(1) }))).toEqual(['broken: not a git repository: /srv/x']);
    expect(sourceProblemLines(report('api', { count: 1000, truncated: true }))).toEqual(["api: only 1000 changes were read: it holds more than its limit (maxCommits, or a command's output cap)"]);
    expect(sourceProblemLines(report('api'))).toEqual([]);
  });

  it('prints JSON records with the documented fields', () => {
    const json = changesJson(buildChangesView(changes, [], { window }));
    expect(json).toHaveLength(5);
    expect(json.find((j) => j.id === 'd-mig')).toMatchObject({
      at: minutesBefore(45), kind: 'deploy', source: 'prod', title: 'api v2', actor: 'ci', ref: 'v2', previousRef: 'v1', suspect: true, minutesBeforeDetection: 45,
    });
    expect(json.filter((j) => j.suspect)).toHaveLength(1);
  });
});
