/** The Recent changes pane's rows, selection helpers' inputs and reducer: pure, no terminal. */
import { describe, expect, it } from 'vitest';
import type { Change, SourceReport } from '../../../src/domain/changes/change-model.js';
import { buildChangesView } from '../../../src/domain/changes/change-view.js';
import { changeWindow } from '../../../src/domain/changes/change-window.js';
import { changesPaneModel, sourceProblem } from '../../../src/tui/panes/changes-rows.js';
import { changeDetailsView, detailsLineCount } from '../../../src/tui/presentation/change-details-view.js';
import type { ChangeDetailsModal } from '../../../src/tui/state/console-state.js';
import { initialChangesState, reduceChanges, type ChangesRequest, type ChangesState } from '../../../src/tui/state/changes-state.js';
import { DETECTED, incident } from './fixtures.js';

const HOUR = 3_600_000;
const settings = { sourceCount: 2, defaultWindowMs: 2 * HOUR };
const at = (minutesBefore: number) => new Date(Date.parse(DETECTED) - minutesBefore * 60_000).toISOString();

const commit = (hash: string, m: number, extra: Partial<Change> = {}): Change =>
  ({ id: `git:api:${hash}`, at: at(m), kind: 'commit', source: 'api', sourceType: 'git', title: `Commit ${hash}`, actor: 'ann', ref: hash, filesChanged: 2, ...extra });
const deploy = (version: string, m: number, extra: Partial<Change> = {}): Change =>
  ({ id: `deploy:prod:api@${version}`, at: at(m), kind: 'deploy', source: 'prod', sourceType: 'deploys', title: `api ${version}`, actor: 'ci', service: 'api', ref: version, ...extra });
const report = (source: string, extra: Partial<SourceReport> = {}): SourceReport =>
  ({ source, sourceType: 'git', origin: `/repos/${source}`, count: 1, lineErrors: [], ...extra });

function loaded(changes: Change[], reports: SourceReport[], windowMs = 2 * HOUR): ChangesState {
  const request: ChangesRequest = { key: 'k1', incidentId: 'INC-1', windowMs };
  const view = buildChangesView(changes, reports, { window: changeWindow(DETECTED, windowMs) });
  const started = reduceChanges(initialChangesState(), { type: 'changes/started', request });
  return reduceChanges(started, { type: 'changes/loaded', request, view });
}

const texts = (state: ChangesState, inc = incident()) => changesPaneModel(inc, state, settings).rows.map((r) => r.segments.map((s) => s.text).join(''));

describe('Recent changes pane rows', () => {
  const changes = [
    commit('old1', 100),
    deploy('v2.13.9', 90),
    commit('merge1', 30, { merge: true }),
    deploy('v2.14.0', 10, { migration: true, previousRef: 'v2.13.9' }),
    commit('late1', -5),
  ];

  it('draws the merged list oldest first, the detection marker between before and after, recent changes highlighted', () => {
    const rows = texts(loaded(changes, [report('api'), report('prod', { sourceType: 'deploys' })]));
    expect(rows[0]).toMatch(/^ 01:20 commit Commit old1 \(2 files\) · ann$/);
    expect(rows[1]).toMatch(/^ 01:30 deploy api v2\.13\.9/);
    expect(rows[2]).toMatch(/^>02:30 commit merge Commit merge1/);
    expect(rows[3]).toMatch(/^>02:50 deploy api v2\.14\.0 · ci$/);
    expect(rows.findIndex((r) => r.startsWith('── detected 03:00 UTC ──'))).toBe(6);
    expect(rows[7]).toMatch(/^ 03:05 commit Commit late1/);
  });

  it('flags the latest deploy before detection as the suspect with its minutes, and a migration deploy with the rollback caution', () => {
    const rows = texts(loaded(changes, [report('api')]));
    expect(rows[4]).toBe('  SUSPECT 10 min before detection · m marks it');
    expect(rows[5]).toMatch(/^ {2}caution: ran a database migration: do not roll back the app alone/);
    // Only the latest deploy before detection is the suspect; the older one has no flag row.
    expect(rows.filter((r) => r.includes('SUSPECT'))).toHaveLength(1);
  });

  it('marks a change recorded as suspected trigger on the timeline, and lists marks outside the window', () => {
    const marked = incident('INC-1', (log) => {
      log.add('change.suspected', { changeId: 'deploy:prod:api@v2.13.9', kind: 'deploy', source: 'prod', title: 'api v2.13.9', ref: 'v2.13.9', changedAt: at(90) }, 60);
      log.add('change.suspected', { changeId: 'deploy:prod:api@v1', kind: 'deploy', source: 'prod', title: 'api v1', ref: 'v1', changedAt: at(900) }, 61);
    });
    const rows = texts(loaded(changes, [report('api')]), marked);
    expect(rows[2]).toBe('  MARKED 90 min before detection');
    expect(rows.at(-1)).toBe('MARKED deploy v1 api v1 (not in this window)');
  });

  it('shows a failed source on top, named by type and label, while the other sources still show', () => {
    const failing = report('web', { count: 0, error: 'not a git repository' });
    const state = loaded(changes, [failing, report('api')]);
    const model = changesPaneModel(incident(), state, settings);
    const rows = texts(state);
    expect(rows[0]).toBe('✗ git web: not a git repository');
    expect(rows.some((r) => r.includes('api v2.14.0'))).toBe(true);
    expect(model.changes[0]).toBeUndefined();
    expect(model.changes[1]?.change.id).toBe('git:api:old1');
  });

  it('lists every bad line of a JSON Lines source in the problem details', () => {
    const bad = report('prod', { sourceType: 'deploys', origin: 'd.jsonl', lineErrors: [
      { origin: 'd.jsonl', line: 3, message: 'not valid JSON' },
      { origin: 'd.jsonl', line: 7, message: 'field "at" is required' },
    ] });
    expect(sourceProblem(bad)).toBe('deploys prod: d.jsonl:3: not valid JSON (and 1 more bad line)');
    const model = changesPaneModel(incident(), loaded([], [bad]), settings);
    expect(model.problemDetails).toEqual([sourceProblem(bad), '  d.jsonl:3: not valid JSON', '  d.jsonl:7: field "at" is required']);
    expect(texts(loaded([], [bad]))).toContain('no changes in the 2h before detection · w widens');
  });

  it('says it is loading before the first view, and keeps the last view below the loading line while a wider one loads', () => {
    expect(texts(initialChangesState())).toEqual(['loading changes of the last 2h before detection…']);
    let state = loaded(changes, [report('api')]);
    state = reduceChanges(state, { type: 'changes/window', incidentId: 'INC-1', windowMs: 4 * HOUR });
    state = reduceChanges(state, { type: 'changes/started', request: { key: 'k2', incidentId: 'INC-1', windowMs: 4 * HOUR } });
    const rows = texts(state);
    expect(rows[0]).toBe('loading changes of the last 4h before detection… (showing 2h)');
    expect(rows[1]).toMatch(/Commit old1/);
    expect(changesPaneModel(incident(), state, settings).info).toBe('4h');
  });

  it('shows the sources read so far at once, with a line for each still loading, then the full list', () => {
    const request: ChangesRequest = { key: 'k1', incidentId: 'INC-1', windowMs: 2 * HOUR };
    const window = changeWindow(DETECTED, 2 * HOUR);
    const stuck = { source: 'k8s', sourceType: 'deploys' as const, origin: 'ops/deploy-history --namespace shop', timeoutMs: 8_000 };
    const partial = buildChangesView([deploy('v2.14.0', 10)], [report('prod', { sourceType: 'deploys' })], { window, loading: [stuck] });
    let state = reduceChanges(initialChangesState(), { type: 'changes/started', request });
    state = reduceChanges(state, { type: 'changes/progress', request, view: partial });
    expect(state.pending).toEqual(request);
    const rows = texts(state);
    expect(rows[0]).toBe('still loading deploys k8s (up to 8s): ops/deploy-history --namespace shop');
    expect(rows[1]).toMatch(/^>02:50 deploy api v2\.14\.0/);
    expect(rows.some((r) => r.startsWith('loading changes of'))).toBe(false);
    // Nothing yet from the sources read so far is not "no changes": the slow one may have some.
    const empty = reduceChanges(reduceChanges(initialChangesState(), { type: 'changes/started', request }), {
      type: 'changes/progress', request, view: buildChangesView([], [], { window, loading: [stuck] }),
    });
    expect(texts(empty)).toEqual([expect.stringMatching(/^still loading deploys k8s/), '── detected 03:00 UTC ' + '─'.repeat(200)]);
    const failed = report('k8s', { sourceType: 'deploys', error: 'ops/deploy-history timed out after 8s' });
    state = reduceChanges(state, { type: 'changes/loaded', request, view: buildChangesView([deploy('v2.14.0', 10)], [report('prod'), failed], { window }) });
    expect(texts(state)[0]).toBe('✗ deploys k8s: ops/deploy-history timed out after 8s');
    expect(texts(state).some((r) => r.startsWith('still loading'))).toBe(false);
  });

  it('without sources shows nothing but marks (the pane then says how to add sources)', () => {
    expect(changesPaneModel(incident(), initialChangesState(), { ...settings, sourceCount: 0 }).rows).toEqual([]);
  });
});

describe('changes reducer', () => {
  const request = (key: string): ChangesRequest => ({ key, incidentId: 'INC-1', windowMs: HOUR });
  const view = buildChangesView([], [], { window: changeWindow(DETECTED, HOUR) });

  it('drops the report of a load that a newer one replaced', () => {
    let state = reduceChanges(initialChangesState(), { type: 'changes/started', request: request('a') });
    state = reduceChanges(state, { type: 'changes/started', request: request('b') });
    const stale = reduceChanges(state, { type: 'changes/loaded', request: request('a'), view });
    expect(stale).toBe(state);
    expect(reduceChanges(state, { type: 'changes/progress', request: request('a'), view })).toBe(state);
    const fresh = reduceChanges(state, { type: 'changes/failed', request: request('b'), error: 'boom' });
    expect(fresh.pending).toBeUndefined();
    expect(fresh.result).toMatchObject({ key: 'b', error: 'boom' });
  });

  it('keeps a chosen window per incident and counts refresh requests', () => {
    const state = reduceChanges(initialChangesState(), { type: 'changes/window', incidentId: 'INC-1', windowMs: HOUR });
    expect(reduceChanges(state, { type: 'changes/window', incidentId: 'INC-1', windowMs: HOUR })).toBe(state);
    expect(reduceChanges(state, { type: 'changes/refresh' }).refresh).toBe(1);
  });
});

describe('change details dialog view', () => {
  const modal = (lines: string[], offset = 0): ChangeDetailsModal => ({ kind: 'change-details', changeId: 'x', title: 'Change x', lines, offset, loading: false });

  it('wraps long lines at spaces to the dialog width and scrolls by offset, saying where it is', () => {
    const long = `caution: ${'word '.repeat(20).trim()}`;
    const lines = ['commit abc', long, 'a', 'b', 'c'];
    expect(detailsLineCount(modal(lines), 40)).toBe(8);
    const view = changeDetailsView(modal(lines, 1), 40, 3);
    // 40 columns less border and padding leave 36 for text.
    expect(view.lines.map((l) => l.text)).toEqual(['caution: word word word word word', '    word word word word word word', '    word word word word word word']);
    expect(view.lines.every((l) => l.text.length <= 36)).toBe(true);
    expect(view.lines.every((l) => l.tone === 'error')).toBe(true);
    expect(view.hint).toBe('lines 2-4 of 8 · j/k scroll, Space pages · Esc closes');
  });

  it('says it is reading while the stat is loaded, and puts a read error first', () => {
    expect(changeDetailsView({ ...modal([]), loading: true }, 40, 5).lines[0]!.text).toBe('reading…');
    const failed = changeDetailsView({ ...modal(['id: x']), error: 'bad object abc' }, 60, 5);
    expect(failed.lines.map((l) => l.text)).toEqual(['could not read the details: bad object abc', 'id: x']);
  });
});
