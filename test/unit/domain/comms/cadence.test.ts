import { describe, expect, it } from 'vitest';
import { decideBell, headerCountdowns } from '../../../../src/domain/comms/cadence-alerts.js';
import { breachDeadline, nextUpdateAfterPosting, updateDeadlines } from '../../../../src/domain/deadlines.js';
import { declareIncident } from '../../../../src/domain/incident-commands.js';
import { foldIncident } from '../../../../src/domain/fold.js';
import type { IncidentEvent } from '../../../../src/domain/events.js';
import { DEFAULT_SEVERITY_POLICIES } from '../../../../src/domain/severity.js';
import { at, declared, incidentFrom, T, type Step } from './incident-log.js';

const SEV1 = DEFAULT_SEVERITY_POLICIES.SEV1;
const posted = (minutes: number, audience: 'customer' | 'internal', ok = true): Step => [
  minutes,
  'update.posted',
  { kind: 'initial', audience, text: 'x', targets: [{ target: 'slack', ok, ...(ok ? {} : { error: 'HTTP 500' }) }] },
];

describe('update cadence with an injected clock', () => {
  it('a SEV1 declared at T: first public update due at T+15, overdue at T+16, and the bell rings once', () => {
    // Given a SEV1 declared through the real decision at T (detection defaults to T)
    const events = declareIncident([], { title: 'Checkout returns 502', severity: 'SEV1' }, DEFAULT_SEVERITY_POLICIES, at(0)).map(
      (e, i) => ({ ...e, id: `e${i}`, seq: i + 1, at: at(0).toISOString(), actor: 'alice', prevHash: '', hash: '' }) as IncidentEvent,
    );
    const incident = foldIncident(events)!;

    // At T+14 the header counts down to the first public update, due at T+15
    const before = headerCountdowns(incident, SEV1, at(14));
    expect(before.update!.deadline.label).toBe('first public update');
    expect(before.update!.deadline.dueAt).toBe(at(15).toISOString());
    expect(before.update!.text).toBe('first public update in 1m 00s');
    let bell = decideBell(before.watched, []);
    expect(bell.ring).toBe(false);

    // At T+16 it is overdue and the bell rings
    const late = headerCountdowns(incident, SEV1, at(16));
    expect(late.update).toMatchObject({ overdue: true, text: 'first public update OVERDUE by 1m 00s' });
    bell = decideBell(late.watched, bell.rung);
    expect(bell.ring).toBe(true);
    // (the SEV1 internal update, due 15 minutes after declaration, fell due at the same moment: one ring for both)
    expect(bell.newlyOverdue.map((d) => d.label)).toEqual(['first public update', 'internal update']);

    // ... and only once, however often the console re-renders while they stay overdue
    for (const minute of [16.01, 16.5, 17, 25]) {
      bell = decideBell(headerCountdowns(incident, SEV1, at(minute)).watched, bell.rung);
      expect(bell.ring, `T+${minute}`).toBe(false);
    }
  });

  it('a posted customer update starts a new deadline that can ring again when it too runs late', () => {
    const incident = incidentFrom([declared(), posted(10, 'customer'), posted(10, 'internal')]);
    let bell = decideBell(headerCountdowns(incident, SEV1, at(9)).watched, []);
    const countdowns = headerCountdowns(incident, SEV1, at(26));
    expect(countdowns.watched.map((d) => `${d.label}@${d.dueAt}`)).toEqual([
      `internal update@${at(25).toISOString()}`,
      `public update@${at(40).toISOString()}`,
    ]);
    bell = decideBell(countdowns.watched, bell.rung);
    expect(bell.newlyOverdue.map((d) => d.label)).toEqual(['internal update']);
    bell = decideBell(headerCountdowns(incident, SEV1, at(41)).watched, bell.rung);
    expect(bell.newlyOverdue.map((d) => d.label)).toEqual(['public update']);
    expect(bell.rung).toHaveLength(2);
  });

  it('a post that every target refused does not count: the first public update stays owed', () => {
    const failed = incidentFrom([declared(), posted(10, 'customer', false)]);
    expect(updateDeadlines(failed, SEV1, at(12))[0]).toMatchObject({ label: 'first public update', dueAt: at(15).toISOString(), audience: 'customer' });
    const byHand = incidentFrom([declared(), [10, 'update.posted', { kind: 'initial', audience: 'customer', text: 'x', targets: [] }]]);
    expect(updateDeadlines(byHand, SEV1, at(12)).map((d) => d.label)).toEqual(['internal update', 'public update']);
  });

  it('customer notice is its own deadline when it differs from the first public update', () => {
    const labels = updateDeadlines(incidentFrom([declared()]), SEV1, at(1)).map((d) => `${d.kind}+${(Date.parse(d.dueAt) - T) / 60_000}`);
    expect(labels).toEqual(['first-public+15', 'internal+15', 'customer-notice+30']);
  });

  it('configured policy overrides change the cadence', () => {
    const custom = { ...SEV1, firstPublicUpdateMinutes: 10, internalUpdateEveryMinutes: null };
    expect(updateDeadlines(incidentFrom([declared()]), custom, at(1)).map((d) => d.kind)).toEqual(['first-public', 'customer-notice']);
    expect(updateDeadlines(incidentFrom([declared()]), custom, at(1))[0]!.dueAt).toBe(at(10).toISOString());
  });

  it('the next update promised after posting follows the audience interval, rounded up to the minute', () => {
    const posting = new Date(T + 30_500);
    expect(nextUpdateAfterPosting(SEV1, 'customer', posting).toISOString()).toBe(at(31).toISOString());
    expect(nextUpdateAfterPosting(SEV1, 'internal', at(0)).toISOString()).toBe(at(15).toISOString());
    // SEV3 has no public cadence: a customer update still names a time (the internal interval).
    expect(nextUpdateAfterPosting(DEFAULT_SEVERITY_POLICIES.SEV3, 'customer', at(0)).toISOString()).toBe(at(60).toISOString());
    expect(nextUpdateAfterPosting(DEFAULT_SEVERITY_POLICIES.SEV4, 'internal', at(0)).toISOString()).toBe(at(60).toISOString());
  });
});

describe('breach countdown', () => {
  it('runs 72 hours from detection, survives resolution, and stops when the flag is cleared', () => {
    const flagged = incidentFrom([declared({ detectedAt: at(-30).toISOString(), breach: true })]);
    const d = breachDeadline(flagged, at(60))!;
    expect(d).toMatchObject({ label: 'regulator notification', kind: 'breach', dueAt: at(72 * 60 - 30).toISOString(), overdue: false });
    const resolved = incidentFrom([declared({ breach: true }), [60, 'incident.resolved', {}]]);
    expect(headerCountdowns(resolved, SEV1, at(61)).breach!.text).toBe('regulator notification in 70h 59m');
    expect(headerCountdowns(resolved, SEV1, at(61)).update).toBeUndefined();
    expect(breachDeadline(resolved, at(72 * 60 + 1))!.overdue).toBe(true);
    const cleared = incidentFrom([declared({ breach: true }), [5, 'breach.flagged', { flagged: false }]]);
    expect(breachDeadline(cleared, at(10))).toBeUndefined();
    expect(breachDeadline(incidentFrom([declared(), [5, 'breach.flagged', { flagged: true }]]), at(10), 24)!.dueAt).toBe(at(24 * 60).toISOString());
  });
});
