import { describe, expect, it } from 'vitest';
import type { RunbookLoad } from '../../../src/domain/checklist/checklist-view.js';
import { parseRunbook } from '../../../src/domain/checklist/parse-runbook.js';
import { DomainError } from '../../../src/domain/domain-error.js';
import { foldIncident } from '../../../src/domain/fold.js';
import type { IncidentState } from '../../../src/domain/incident-state.js';
import { checksLines, recoveryLines, verdictLines } from '../../../src/domain/resolve-preflight-lines.js';
import { buildResolvePreflight, decideResolve, RECOVERY_RUNBOOK, type PreflightCheck } from '../../../src/domain/resolve-preflight.js';
import { eventLog } from '../../helpers/event-log.js';

const RECOVERY = ['# Recovery', '## Signals', '- [ ] Error rate at baseline `check:error-rate`', '  - [ ] Per region too', '- [ ] Queues draining', ''].join('\n');
const LOAD: RunbookLoad = { ok: true, value: { title: 'Recovery', contentHash: 'sha256:r1', runbook: parseRunbook(RECOVERY) } };
const ALL_OK: PreflightCheck[] = [
  { name: 'api-health', status: 'OK', summary: 'HTTP 200' },
  { name: 'error-rate', status: 'OK', summary: '0.2%' },
];
const ONE_FAILING: PreflightCheck[] = [ALL_OK[0]!, { name: 'error-rate', status: 'CRITICAL', summary: '7% 5xx' }];

/** A frozen SEV1 with the recovery runbook attached and the given items ticked. */
function incident(ticked: string[] = [], extra: (log: ReturnType<typeof eventLog>) => void = () => undefined): IncidentState {
  const log = eventLog('INC-1', '2026-11-22T03:00:00.000Z')
    .add('incident.declared', { title: 'Checkout 502', severity: 'SEV1', detectedAt: '2026-11-22T03:00:00.000Z' }, 0)
    .add('freeze.changed', { frozen: true, reason: 'SEV1 declared' }, 0)
    .add('runbook.attached', { runbook: RECOVERY_RUNBOOK, contentHash: 'sha256:r1' }, 5);
  ticked.forEach((itemId, i) => log.add('checklist.toggled', { runbook: RECOVERY_RUNBOOK, itemId, text: itemId, checked: true, contentHash: 'sha256:r1' }, 6 + i));
  extra(log);
  return foldIncident(log.events)!;
}

const ALL_ITEMS = ['signals/error-rate-at-baseline', 'signals/per-region-too', 'signals/queues-draining'];

describe('buildResolvePreflight', () => {
  it('needs no reason when every recovery item (nested ones too) is ticked and every check is OK', () => {
    const p = buildResolvePreflight(incident(ALL_ITEMS), { recovery: LOAD, checks: ALL_OK });
    expect(p).toMatchObject({ reasonRequired: false, problems: [], failingChecks: [], recovery: { done: 3, total: 3, open: [] } });
    expect(verdictLines(p)).toEqual([{ text: 'Verified: every check OK and every recovery item ticked.', tone: 'ok' }]);
  });

  it('requires a reason for an open nested item alone', () => {
    const p = buildResolvePreflight(incident(['signals/error-rate-at-baseline', 'signals/queues-draining']), { recovery: LOAD, checks: ALL_OK });
    expect(p.reasonRequired).toBe(true);
    expect(p.recovery.open).toEqual([{ id: 'signals/per-region-too', text: 'Per region too' }]);
    expect(p.problems).toEqual(['1 recovery checklist item open (2/3 done)']);
  });

  it('requires a reason for any check not OK, naming it with its state', () => {
    const p = buildResolvePreflight(incident(ALL_ITEMS), { recovery: LOAD, checks: ONE_FAILING });
    expect(p.failingChecks.map((c) => c.name)).toEqual(['error-rate']);
    expect(p.problems).toEqual(['1 check not OK: error-rate CRITICAL']);
    expect(checksLines(p)[0]).toEqual({ text: 'Checks, re-run now: 1/2 OK', tone: 'bad' });
    expect(verdictLines(p).map((l) => l.text)).toEqual(['Not verified: 1 check not OK: error-rate CRITICAL', 'Resolving needs a reason.']);
    expect(verdictLines(p, true).at(-1)).toEqual({ text: 'Resolving with the reason given.', tone: 'warn' });
  });

  it('treats WARNING and UNKNOWN as not OK too', () => {
    const checks: PreflightCheck[] = [{ name: 'a', status: 'WARNING', summary: '' }, { name: 'b', status: 'UNKNOWN', summary: '' }];
    expect(buildResolvePreflight(incident(ALL_ITEMS), { recovery: LOAD, checks }).failingChecks).toHaveLength(2);
  });

  it('requires a reason when the checks were not re-run or the runbook cannot be read', () => {
    expect(buildResolvePreflight(incident(ALL_ITEMS), { recovery: LOAD, checks: undefined }).problems).toEqual(['checks were not re-run']);
    const missing = buildResolvePreflight(incident(), { recovery: { ok: false, error: 'no runbook "recovery-verification"' }, checks: ALL_OK });
    expect(missing.problems).toEqual(['recovery checklist unavailable: no runbook "recovery-verification"']);
    expect(recoveryLines(missing, false)[0]!.tone).toBe('bad');
  });

  it('ignores open items of other checklists (only the recovery runbook gates)', () => {
    const other = incident(ALL_ITEMS, (log) => log.add('runbook.attached', { runbook: 'worker-backlog', contentHash: 'sha256:w' }, 20));
    expect(buildResolvePreflight(other, { recovery: LOAD, checks: ALL_OK }).reasonRequired).toBe(false);
  });

  it('lists each open item with its id and says when the runbook was attached now', () => {
    const lines = recoveryLines(buildResolvePreflight(incident(), { recovery: LOAD, checks: ALL_OK }), true);
    expect(lines.map((l) => l.text)).toEqual([
      'Recovery verification: 0/3 ticked (attached to the checklist now)',
      '  [ ] Error rate at baseline  (signals/error-rate-at-baseline)',
      '  [ ] Per region too  (signals/per-region-too)',
      '  [ ] Queues draining  (signals/queues-draining)',
    ]);
  });
});

describe('decideResolve', () => {
  it('refuses without a reason, listing everything not verified', () => {
    const attempt = () => decideResolve(incident(), { recovery: LOAD, checks: ONE_FAILING, liftFreeze: true });
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(/INC-1 not resolved: 3 recovery checklist items open \(0\/3 done\); 1 check not OK: error-rate CRITICAL/);
    expect(() => decideResolve(incident(), { recovery: LOAD, checks: ONE_FAILING, reason: '   ', liftFreeze: true })).toThrow(/not resolved/);
  });

  it('records the reason, the open item count and the failing checks, and lifts the freeze', () => {
    const events = decideResolve(incident(['signals/queues-draining']), {
      recovery: LOAD, checks: ONE_FAILING, note: ' rolled back ', reason: ' error-rate lags by 5 min ', liftFreeze: true,
    });
    expect(events).toEqual([
      { incidentId: 'INC-1', type: 'incident.resolved', data: { note: 'rolled back', reason: 'error-rate lags by 5 min', openItems: 2, failingChecks: ['error-rate'] } },
      { incidentId: 'INC-1', type: 'freeze.changed', data: { frozen: false, reason: 'INC-1 resolved' } },
    ]);
  });

  it('resolves a verified incident without a reason, and keeps the freeze when the config says so', () => {
    const events = decideResolve(incident(ALL_ITEMS), { recovery: LOAD, checks: ALL_OK, liftFreeze: false });
    expect(events).toEqual([{ incidentId: 'INC-1', type: 'incident.resolved', data: {} }]);
  });

  it('marks a resolution whose checks were skipped', () => {
    const [resolved] = decideResolve(incident(ALL_ITEMS), { recovery: LOAD, checks: undefined, reason: 'checks host down', liftFreeze: true });
    expect(resolved!.data).toEqual({ reason: 'checks host down', checksSkipped: true });
  });

  it('counts ticks made after the preflight was shown (decided on the fresh log)', () => {
    const preflight = buildResolvePreflight(incident(['signals/queues-draining']), { recovery: LOAD, checks: ALL_OK });
    expect(preflight.reasonRequired).toBe(true);
    // A colleague ticks the rest before Enter is pressed: no reason is needed any more.
    expect(decideResolve(incident(ALL_ITEMS), { recovery: LOAD, checks: ALL_OK, liftFreeze: true })[0]!.type).toBe('incident.resolved');
  });

  it('refuses a resolved incident', () => {
    const resolved = incident(ALL_ITEMS, (log) => log.add('incident.resolved', {}, 30));
    expect(() => decideResolve(resolved, { recovery: LOAD, checks: ALL_OK, reason: 'x', liftFreeze: true })).toThrow(/already resolved/);
  });
});
