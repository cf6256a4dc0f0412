import { describe, expect, it } from 'vitest';
import { finishAction, markMitigated, recordVerification, startAction } from '../../../../src/domain/actions/action-commands.js';
import { actionMenu, type ActionSpec } from '../../../../src/domain/actions/action-options.js';
import { checkConfirmation } from '../../../../src/domain/actions/confirmation.js';
import { failureSummary, suggestNextOptions } from '../../../../src/domain/actions/next-option.js';
import { appendOutput, EMPTY_OUTPUT, outputTail, outputText } from '../../../../src/domain/actions/output-lines.js';
import { foldIncident } from '../../../../src/domain/fold.js';
import { eventLog } from '../../../helpers/event-log.js';

const START = '2026-11-22T03:00:00.000Z';
const declared = () => eventLog('INC-1', START).add('incident.declared', { title: 'Down', severity: 'SEV1', detectedAt: START }, 0);

describe('starting and finishing actions', () => {
  it('starts mitigation with the first real action only', () => {
    const fresh = foldIncident(declared().events)!;
    expect(startAction(fresh, { name: 'rollback', kind: 'rollback', argv: ['r.sh', 'v1'], changeId: 'd:1' }).map((e) => e.type)).toEqual(['mitigation.started', 'action.started']);
    expect(startAction(fresh, { name: 'rollback', kind: 'rollback', argv: ['r.sh'], dryRun: true }).map((e) => e.type)).toEqual(['action.started']);
    const started = foldIncident(declared().add('mitigation.started', { via: 'x' }, 1).add('action.finished', { name: 'x', kind: 'custom', argv: [], exitCode: 1, durationMs: 1, outputTail: '' }, 2).events)!;
    expect(startAction(started, { name: 'rollback', kind: 'rollback', argv: [] }).map((e) => e.type)).toEqual(['action.started']);
  });

  it('refuses a second action while one runs, saying which, who and since when', () => {
    const busy = foldIncident(declared().add('action.started', { name: 'restart', kind: 'restart', argv: ['x'] }, 3, 'bob').events)!;
    expect(() => startAction(busy, { name: 'rollback', kind: 'rollback', argv: [] })).toThrow(
      'restart is already running on INC-1 (started by bob at 03:03 UTC): one action at a time; wait for it to finish or cancel it',
    );
    // Finishing frees the slot, even once the incident is resolved.
    const resolved = foldIncident(declared().add('action.started', { name: 'restart', kind: 'restart', argv: ['x'] }, 3).add('incident.resolved', {}, 4).events)!;
    expect(finishAction(resolved, { name: 'restart', kind: 'restart', argv: ['x'], exitCode: 0, durationMs: 5, outputTail: '' })).toHaveLength(1);
    expect(() => startAction(resolved, { name: 'rollback', kind: 'rollback', argv: [] })).toThrow(/resolved/);
  });

  it('records verification as passed only when every check is OK afterwards', () => {
    const incident = foldIncident(declared().events)!;
    const [passed] = recordVerification(incident, 'rollback', [{ name: 'health', before: 'CRITICAL', after: 'OK', summary: 'HTTP 200' }]);
    expect(passed!.data).toEqual({ name: 'rollback', passed: true, results: [{ name: 'health', before: 'CRITICAL', after: 'OK', summary: 'HTTP 200' }] });
    const [failed] = recordVerification(incident, 'rollback', [{ name: 'health', after: 'WARNING', summary: 'slow' }]);
    expect(failed!.data).toMatchObject({ passed: false });
  });

  it('marks mitigated once', () => {
    const incident = foldIncident(declared().events)!;
    expect(markMitigated(incident, ' rolled back ')[0]!.data).toEqual({ note: 'rolled back' });
    const done = foldIncident(declared().add('incident.mitigated', {}, 9).events)!;
    expect(() => markMitigated(done)).toThrow('INC-1 was already marked mitigated at 2026-11-22T03:09:00.000Z');
  });
});

describe('after a failure', () => {
  const spec = (name: string, kind: ActionSpec['kind']): ActionSpec => ({ name, kind, command: ['x'], description: '', verify: [], confirm: 'confirm', timeout: 1 });
  const menu = actionMenu([spec('rollback', 'rollback'), spec('flag-off', 'feature-flag'), spec('maint-on', 'maintenance-on'), spec('maint-off', 'maintenance-off'), spec('failover', 'failover')]);

  it('suggests the fastest options not yet tried, never maintenance-off', () => {
    const incident = foldIncident(declared().add('action.finished', { name: 'flag-off', kind: 'feature-flag', argv: [], exitCode: 2, durationMs: 1, outputTail: '' }, 1).events)!;
    expect(suggestNextOptions('rollback', menu, incident)).toEqual([
      { name: 'maint-on', restoreText: '1-5 min', reason: 'show the maintenance page instead of errors while the cause is worked on' },
      { name: 'failover', restoreText: '5-15 min', reason: 'move to the backup (check how fresh it is first)' },
    ]);
  });

  it('summarises why it failed', () => {
    expect(failureSummary({ exitCode: 4 })).toBe('exit code 4: see its output');
    expect(failureSummary({ exitCode: null, timedOut: true, error: 'timed out after 60s' })).toMatch(/^timed out after 60s: check on the host/);
    expect(failureSummary({ exitCode: null, error: 'command not found: deploy.sh' })).toBe("command not found: deploy.sh: check the action's command in warroom.yaml");
    expect(failureSummary({ exitCode: null, cancelled: true })).toBe('cancelled: its process group was stopped');
  });
});

describe('confirmation policy', () => {
  it('accepts y/yes for confirm and the exact name for type-name', () => {
    expect(checkConfirmation({ policy: 'confirm', actionName: 'r' }, 'Y')).toEqual({ ok: true });
    expect(checkConfirmation({ policy: 'confirm', actionName: 'r' }, '')).toEqual({ ok: false, reason: 'not confirmed' });
    expect(checkConfirmation({ policy: 'type-name', actionName: 'rollback', service: 'shop' }, ' shop ')).toEqual({ ok: true });
    expect(checkConfirmation({ policy: 'type-name', actionName: 'rollback' }, 'y')).toEqual({ ok: false, reason: '"y" does not match: type "rollback" exactly' });
    expect(checkConfirmation({ policy: 'none', actionName: 'r' }, '')).toEqual({ ok: true });
  });
});

describe('live output', () => {
  it('joins lines split across chunks, follows carriage returns and keeps only the last lines', () => {
    let out = appendOutput(EMPTY_OUTPUT, 'one\ntw');
    out = appendOutput(out, 'o\r');
    out = appendOutput(out, '\nprogress 10%\rprogress 90%\nlast');
    expect(outputText(out)).toEqual(['one', 'two', 'progress 90%', 'last']);
    let many = EMPTY_OUTPUT;
    for (let i = 0; i < 500; i++) many = appendOutput(many, `line ${i}\n`, 100);
    expect(many.lines).toHaveLength(100);
    expect(many.lines[0]).toBe('line 400');
    expect(many.dropped).toBe(400);
  });

  it('stores a short tail', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `line ${i}`);
    expect(outputTail(lines, 3)).toBe('line 47\nline 48\nline 49');
    expect(outputTail(['x'.repeat(5000)], 20, 100)).toHaveLength(100);
  });
});
