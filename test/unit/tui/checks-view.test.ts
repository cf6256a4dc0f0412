/** The Checks pane and detail view as pure functions: rows, states, merged results, detail text, state slice. */
import { describe, expect, it } from 'vitest';
import type { CheckDefinition } from '../../../src/config/sections/checks.js';
import { checkColumns, checkRowHead, checkRowTail, checksEntries, checksRows, rowLatency } from '../../../src/tui/panes/checks-rows.js';
import { argvText, checkDetailLines, perfdataTable } from '../../../src/tui/presentation/check-details.js';
import { changedMark, formatAge, formatLatency, latestResult, stateOf } from '../../../src/tui/presentation/check-view.js';
import { OUTPUT_LINE_MAX, OUTPUT_TAIL_LINES, initialCheckRunsState, reduceCheckRuns, tailLines, type CheckRunOutput } from '../../../src/tui/state/check-runs-state.js';
import { DETECTED, incident } from './fixtures.js';

const check = (name: string, group = 'general', more: Partial<CheckDefinition> = {}): CheckDefinition => ({
  name, group, command: [`/usr/lib/nagios/plugins/check_${name}`], timeout: 10_000, env: {}, passEnv: [], ...more,
});
const CHECKS = [check('api', 'web'), check('db', 'data'), check('errors', 'web')];
const at = (minutes: number) => new Date(Date.parse(DETECTED) + minutes * 60_000).toISOString();

const local = (more: Partial<CheckRunOutput> = {}): CheckRunOutput => ({
  name: 'api', status: 'CRITICAL', summary: 'HTTP 500', timedOut: false, durationMs: 42, finishedAt: at(10), exitCode: 2,
  argv: ['checks/check_http_health', '--url', 'http://127.0.0.1/health'], perfdata: [{ label: 'time', value: 0.042, uom: 's', warn: '1', crit: '2', min: 0 }],
  stdout: ['HTTP CRITICAL: 500 | time=0.042s;1;2;0'], stderr: [], truncated: false, ...more,
});

describe('checks pane entries', () => {
  it('lists every configured check, never run ones too, grouped in config order with a heading per group', () => {
    const entries = checksEntries(incident(), CHECKS);
    expect(entries.map((e) => (e.kind === 'group' ? `# ${e.group}` : e.name))).toEqual(['# web', 'api', 'errors', '# data', 'db']);
    expect(entries[0]).toMatchObject({ kind: 'group', names: ['api', 'errors'] });
  });

  it('leaves headings out with a single group, and keeps results of checks taken out of the config last', () => {
    const state = incident('INC-1', (log) => log.add('check.finished', { name: 'old', status: 'OK', summary: 'fine', durationMs: 3 }, 1));
    expect(checksEntries(state, [check('api')]).map((e) => e.key)).toEqual(['group:general', 'api', 'group:no longer configured', 'old']);
    expect(checksEntries(incident(), [check('api'), check('db')]).map((e) => e.key)).toEqual(['api', 'db']);
  });

  it('gives the same arrays for the same inputs (stable for memoised rendering)', () => {
    const state = incident();
    expect(checksEntries(state, CHECKS)).toBe(checksEntries(state, CHECKS));
    expect(checksRows(state, CHECKS)).toBe(checksRows(state, CHECKS));
    expect(checksRows(state, CHECKS)).toHaveLength(5);
  });
});

describe('latest result of a check', () => {
  const logged = incident('INC-1', (log) =>
    log
      .add('check.finished', { name: 'api', status: 'OK', summary: 'HTTP 200', durationMs: 12 }, 2)
      .add('check.finished', { name: 'api', status: 'CRITICAL', summary: 'HTTP 500', durationMs: 42, previousStatus: 'OK' }, 10),
  ).checks.api;

  it('uses the log when this console has not run it, with the state before it', () => {
    expect(latestResult(logged, undefined)).toMatchObject({ status: 'CRITICAL', previousStatus: 'OK', output: undefined });
  });

  it('treats a log entry recorded just after this console finished as the same run: log history, local output', () => {
    const result = latestResult(logged, local({ finishedAt: new Date(Date.parse(at(10)) - 300).toISOString() }));
    expect(result).toMatchObject({ status: 'CRITICAL', previousStatus: 'OK', at: at(10) });
    expect(result?.output?.stdout).toEqual(['HTTP CRITICAL: 500 | time=0.042s;1;2;0']);
  });

  it('shows a newer local run at once (before the log is re-read), compared with the logged state', () => {
    const result = latestResult(logged, local({ status: 'OK', summary: 'HTTP 200 again', finishedAt: at(11) }));
    expect(result).toMatchObject({ status: 'OK', summary: 'HTTP 200 again', previousStatus: 'CRITICAL' });
    expect(changedMark(result)).toBe('was CRITICAL');
  });

  it('prefers a newer run from elsewhere over this console\'s older output', () => {
    expect(latestResult(logged, local({ status: 'OK', finishedAt: at(3) }))).toMatchObject({ status: 'CRITICAL', output: undefined });
  });

  it('shows a timeout as TIMEOUT, not as a plain failure; running and never run have their own states', () => {
    const timedOut = latestResult(undefined, local({ timedOut: true, summary: 'timed out after 10s' }));
    expect(stateOf(timedOut, false)).toBe('TIMEOUT');
    expect(stateOf(latestResult(logged, undefined), false)).toBe('CRITICAL');
    expect(stateOf(timedOut, true)).toBe('running');
    expect(stateOf(undefined, false)).toBe('not run');
  });
});

describe('check rows', () => {
  const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
  const result = latestResult(undefined, local({ status: 'CRITICAL' }));
  const changed = { ...result!, previousStatus: 'OK' as const };
  const columns = checkColumns([
    { name: 'api', state: 'CRITICAL', latency: '42ms' },
    { name: 'errors', state: 'not run', latency: '' },
  ]);

  it('reads: glyph, state, name, latency; after the age, the changed mark and the summary', () => {
    expect(columns).toEqual({ state: 8, name: 6, latency: 4 });
    expect(text(checkRowHead('api', 'CRITICAL', changed, columns))).toBe('✗ CRITICAL api    42ms');
    expect(text(checkRowTail('CRITICAL', changed))).toBe(' was OK  HTTP 500');
    expect(text(checkRowTail('CRITICAL', result))).toBe('  HTTP 500');
    expect(rowLatency('OK', result)).toBe('42ms');
  });

  it('shows a running check without latency or mark, with its last state dimmed after it', () => {
    expect(rowLatency('running', changed)).toBe('');
    expect(text(checkRowHead('api', 'running', changed, columns))).toBe('» running  api        ');
    expect(text(checkRowTail('running', changed))).toBe('  last CRITICAL: HTTP 500');
  });

  it('shows a never-run check as just that, with nothing to cut after its name', () => {
    expect(text(checkRowHead('db', 'not run', undefined, columns))).toBe('· not run  db');
    expect(checkRowTail('not run', undefined)).toEqual([]);
  });

  it('formats latency and age compactly', () => {
    expect([formatLatency(7.4), formatLatency(1450), formatLatency(12_300)]).toEqual(['7ms', '1.4s', '12s']);
    expect([formatAge(-5), formatAge(59_999), formatAge(60_000), formatAge(7_200_000), formatAge(3 * 86_400_000)]).toEqual(['0s', '59s', '1m', '2h', '3d']);
  });
});

describe('check detail view', () => {
  const api = check('api', 'web', { key: 'h', command: ['checks/check_http_health', '--url', 'http://127.0.0.1/health'] });
  const joined = (lines: { text: string }[]) => lines.map((l) => l.text).join('\n');

  it('shows state with the change, summary, exit code, command, a perfdata table and the output tail', () => {
    const logged = incident('INC-1', (log) => log.add('check.finished', { name: 'api', status: 'OK', summary: 'HTTP 200', durationMs: 12 }, 2)).checks.api;
    const text = joined(checkDetailLines({ name: 'api', definition: api, logged, local: local(), runningSince: undefined }));
    expect(text).toContain('State      ✗ CRITICAL (was OK) · took 42ms · at 03:10:00Z');
    expect(text).toContain('Summary    HTTP 500');
    expect(text).toContain('Exit code  2');
    expect(text).toContain('Group      web · timeout 10s\nKey        h');
    expect(text).toContain('Command    checks/check_http_health --url http://127.0.0.1/health');
    expect(text).toMatch(/Perfdata \(1\)\n {2}label +value +warn +crit +min +max\n {2}time +0\.042s +1 +2 +0 +-/);
    expect(text).toContain('Output (stdout, last 1 lines)\n  HTTP CRITICAL: 500 | time=0.042s;1;2;0');
  });

  it('says where the output is when the run was made elsewhere, and what to press when never run', () => {
    const logged = incident('INC-1', (log) => log.add('check.finished', { name: 'api', status: 'WARNING', summary: 'slow', durationMs: 900, perfdata: [{ label: 'time', value: 0.9, uom: 's' }] }, 2)).checks.api;
    const elsewhere = joined(checkDetailLines({ name: 'api', definition: api, logged, local: undefined, runningSince: undefined }));
    expect(elsewhere).toContain('Output not kept here: this run was made by another console or the CLI.');
    expect(elsewhere).toMatch(/time +0\.9s +- +- +- +-/);
    const never = joined(checkDetailLines({ name: 'api', definition: api, logged: undefined, local: undefined, runningSince: at(1) }));
    expect(never).toContain('» running now (started 03:01:00Z)');
    expect(never).toContain('Not run yet on this incident. r runs it now.');
    expect(never).not.toContain('Perfdata');
  });

  it('marks dropped output, shows stderr, and quotes arguments with spaces', () => {
    const text = joined(checkDetailLines({ name: 'api', definition: api, logged: undefined, local: local({ truncated: true, stderr: ['warning: slow DNS'] }), runningSince: undefined }));
    expect(text).toContain('Output (stdout, last 1 lines, earlier lines dropped)');
    expect(text).toContain('stderr (last 1 lines)\n  warning: slow DNS');
    expect(argvText(['check', '--body', "it's up", '-w', '1.5'])).toBe("check --body 'it'\\''s up' -w 1.5");
    expect(perfdataTable([])).toEqual(['label  value  warn  crit  min  max']);
  });
});

describe('check runs slice', () => {
  it('marks checks running until each finishes or is abandoned, keeping the last output per check', () => {
    const start = initialCheckRunsState();
    const started = reduceCheckRuns(start, { type: 'checks/started', names: ['api', 'db'], at: at(1) });
    expect(started.running).toEqual({ api: at(1), db: at(1) });
    expect(reduceCheckRuns(started, { type: 'checks/started', names: ['api'], at: at(2) })).toBe(started);
    const done = reduceCheckRuns(started, { type: 'checks/finished', output: local() });
    expect(done.running).toEqual({ db: at(1) });
    expect(done.outputs.api?.status).toBe('CRITICAL');
    const abandoned = reduceCheckRuns(done, { type: 'checks/abandoned', name: 'db' });
    expect(abandoned.running).toEqual({});
    expect(reduceCheckRuns(abandoned, { type: 'checks/abandoned', name: 'db' })).toBe(abandoned);
  });

  it('keeps a bounded tail of output: the last lines, each cut to a maximum width', () => {
    const many = Array.from({ length: OUTPUT_TAIL_LINES + 50 }, (_, i) => `line ${i}`).join('\n');
    const tail = tailLines(`${many}\n`);
    expect(tail.lines).toHaveLength(OUTPUT_TAIL_LINES);
    expect(tail.lines.at(-1)).toBe(`line ${OUTPUT_TAIL_LINES + 49}`);
    expect(tail.cut).toBe(true);
    const wide = tailLines('x'.repeat(OUTPUT_LINE_MAX * 3));
    expect(wide.lines[0]).toHaveLength(OUTPUT_LINE_MAX);
    expect(tailLines('')).toEqual({ lines: [], cut: false });
  });
});
