import { describe, expect, it } from 'vitest';
import { mitigationDeadline, nextUpdateDue, updateDeadlines } from '../../../src/domain/deadlines.js';
import { formatDuration, incidentDurations } from '../../../src/domain/durations.js';
import type { IncidentState } from '../../../src/domain/incident-state.js';
import { DEFAULT_SEVERITY_POLICIES } from '../../../src/domain/severity.js';

const T = Date.parse('2026-11-22T03:00:00.000Z');
const at = (minutes: number) => new Date(T + minutes * 60_000);

function incident(overrides: Partial<IncidentState> = {}): IncidentState {
  return {
    id: 'INC-1', title: 't', severity: 'SEV1', severityHistory: [], status: 'investigating', summary: '', impact: '', rootCause: '', tags: [],
    declaredBy: 'a', milestones: { detected: at(0).toISOString(), declared: at(2).toISOString() }, roles: {}, frozen: true, breach: false, drill: false,
    checks: {}, suspects: [], attachedRunbooks: [], checklist: {}, updates: [], followups: [], events: [], lastEventAt: at(2).toISOString(),
    ...overrides,
  };
}

describe('deadlines', () => {
  it('SEV1: mitigation must start within 5 minutes of detection, then it is overdue', () => {
    const d = mitigationDeadline(incident(), DEFAULT_SEVERITY_POLICIES.SEV1, at(4))!;
    expect(d.overdue).toBe(false);
    expect(d.remainingMs).toBe(60_000);
    expect(mitigationDeadline(incident(), DEFAULT_SEVERITY_POLICIES.SEV1, at(6))!.overdue).toBe(true);
    const started = incident({ milestones: { detected: at(0).toISOString(), declared: at(2).toISOString(), mitigationStarted: at(3).toISOString() } });
    expect(mitigationDeadline(started, DEFAULT_SEVERITY_POLICIES.SEV1, at(6))).toBeUndefined();
  });

  it('SEV1: first public update due 15 minutes after detection, overdue at 16', () => {
    const next = nextUpdateDue(incident(), DEFAULT_SEVERITY_POLICIES.SEV1, at(14))!;
    expect(next.label).toBe('first public update');
    expect(next.dueAt).toBe(at(15).toISOString());
    expect(nextUpdateDue(incident(), DEFAULT_SEVERITY_POLICIES.SEV1, at(16))!.overdue).toBe(true);
  });

  it('after a public update the next one is due on the public cadence', () => {
    const posted = incident({ updates: [{ kind: 'initial', audience: 'customer', text: 'x', at: at(10).toISOString(), actor: 'c', targets: [] }] });
    const labels = updateDeadlines(posted, DEFAULT_SEVERITY_POLICIES.SEV1, at(11)).map((d) => `${d.label}@${d.dueAt}`);
    expect(labels).toEqual([`internal update@${at(17).toISOString()}`, `public update@${at(40).toISOString()}`]);
  });

  it('SEV4 owes nothing, and a resolved incident owes nothing', () => {
    expect(updateDeadlines(incident({ severity: 'SEV4' }), DEFAULT_SEVERITY_POLICIES.SEV4, at(100))).toEqual([]);
    expect(updateDeadlines(incident({ status: 'resolved' }), DEFAULT_SEVERITY_POLICIES.SEV1, at(100))).toEqual([]);
  });
});

describe('durations', () => {
  it('measures MTTA, time to mitigate and resolve from detection', () => {
    const state = incident({
      milestones: {
        detected: at(0).toISOString(), declared: at(2).toISOString(), acknowledged: at(3).toISOString(),
        mitigationStarted: at(5).toISOString(), mitigated: at(20).toISOString(), resolved: at(65).toISOString(),
      },
    });
    const d = incidentDurations(state, at(999));
    expect(d.timeToAcknowledgeMs).toBe(3 * 60_000);
    expect(d.timeToMitigateMs).toBe(20 * 60_000);
    expect(d.timeToResolveMs).toBe(65 * 60_000);
    expect(d.elapsedMs).toBe(65 * 60_000);
    expect(formatDuration(d.timeToResolveMs!)).toBe('1h 05m');
    expect(formatDuration(9_500)).toBe('9s');
  });
});
