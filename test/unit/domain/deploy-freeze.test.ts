import { describe, expect, it } from 'vitest';
import { deployFreeze, describeHolds, freezeOff, freezeOn, HOST_FREEZE_ID, severityFreezeEffect } from '../../../src/domain/deploy-freeze.js';
import { DEFAULT_SEVERITY_POLICIES as POLICIES, type Severity } from '../../../src/domain/severity.js';
import type { IncidentEvent, NewEvent } from '../../../src/domain/events.js';
import { foldAll } from '../../../src/domain/fold.js';

const T0 = Date.parse('2026-11-22T03:00:00.000Z');

function store() {
  const events: IncidentEvent[] = [];
  const append = (list: NewEvent[], actor = 'ana') => {
    for (const e of list) {
      const seq = events.length + 1;
      events.push({ id: `e${seq}`, seq, incidentId: e.incidentId, at: new Date(T0 + seq * 60_000).toISOString(), actor, type: e.type, data: e.data, prevHash: '', hash: '' } as IncidentEvent);
    }
  };
  return { events, append, incident: (id: string) => foldAll(events).find((i) => i.id === id) };
}

describe('the deploy freeze when the severity changes', () => {
  const effect = (severity: Severity, frozen: boolean, to: Severity, policies = POLICIES) => severityFreezeEffect({ severity, frozen }, to, policies);

  it('freezes an unfrozen incident raised to a level that freezes, and nothing else', () => {
    expect(effect('SEV3', false, 'SEV1')).toBe('freezes');
    expect(effect('SEV4', false, 'SEV2')).toBe('freezes');
    // SEV2 lifted by hand, then escalated: a new decision, frozen again.
    expect(effect('SEV2', false, 'SEV1')).toBe('freezes');
    expect(effect('SEV4', false, 'SEV3')).toBe('none');
    expect(effect('SEV1', false, 'SEV2')).toBe('none');
    expect(effect('SEV3', true, 'SEV1')).toBe('none');
    expect(effect('SEV3', false, 'SEV2', { ...POLICIES, SEV2: { ...POLICIES.SEV2, freezeDeploys: false } })).toBe('none');
  });

  it('never lifts a freeze: lowered below the freezing levels it stays frozen, and says so', () => {
    expect(effect('SEV1', true, 'SEV3')).toBe('stays-frozen');
    expect(effect('SEV1', true, 'SEV2')).toBe('none');
  });
});

describe('the deploy freeze', () => {
  it('allows deploys when nothing holds a freeze, and a freeze by hand without an incident holds until lifted', () => {
    const s = store();
    expect(deployFreeze(s.events)).toEqual({ frozen: false, holds: [] });
    s.append(freezeOn(s.events, undefined, 'quarter-end'));
    expect(s.events[0]!.incidentId).toBe(HOST_FREEZE_ID);
    expect(deployFreeze(s.events)).toEqual({ frozen: true, holds: [{ by: 'ana', since: '2026-11-22T03:01:00.000Z', reason: 'quarter-end' }] });
    expect(describeHolds(deployFreeze(s.events))).toEqual(['by hand, no incident: by ana since 2026-11-22T03:01:00.000Z: quarter-end']);
    expect(() => freezeOn(s.events, undefined, 'again')).toThrow(/already frozen by hand \(by ana since/);
    // The freeze stream is not an incident.
    expect(foldAll(s.events)).toEqual([]);
    s.append(freezeOff(s.events, undefined, undefined), 'bob');
    expect(deployFreeze(s.events).frozen).toBe(false);
    expect(() => freezeOff(s.events, undefined, undefined)).toThrow('deploys are not frozen');
  });

  it('holds while any incident is frozen; lifting everything records one event per hold', () => {
    const s = store();
    s.append([{ incidentId: 'INC-1', type: 'incident.declared', data: { title: 'a', severity: 'SEV1', detectedAt: '2026-11-22T03:00:00.000Z' } },
      { incidentId: 'INC-1', type: 'freeze.changed', data: { frozen: true, reason: 'SEV1 declared' } }]);
    s.append([{ incidentId: 'INC-2', type: 'incident.declared', data: { title: 'b', severity: 'SEV3', detectedAt: '2026-11-22T03:00:00.000Z' } }]);
    s.append(freezeOn(s.events, s.incident('INC-2'), 'risky week'));
    expect(deployFreeze(s.events).holds.map((h) => [h.incidentId, h.reason])).toEqual([['INC-1', 'SEV1 declared'], ['INC-2', 'risky week']]);
    expect(() => freezeOn(s.events, s.incident('INC-1'), undefined)).toThrow(/already frozen for INC-1 \(by ana since/);
    // Resolving INC-1 with the freeze lifted (liftOnResolve) leaves INC-2's hold.
    s.append([{ incidentId: 'INC-1', type: 'incident.resolved', data: {} }, { incidentId: 'INC-1', type: 'freeze.changed', data: { frozen: false, reason: 'INC-1 resolved' } }]);
    expect(deployFreeze(s.events).holds.map((h) => h.incidentId)).toEqual(['INC-2']);
    const lift = freezeOff(s.events, undefined, 'all clear');
    expect(lift).toEqual([{ incidentId: 'INC-2', type: 'freeze.changed', data: { frozen: false, reason: 'all clear' } }]);
  });

  it('keeps a resolved incident holding the freeze when resolution did not lift it', () => {
    const s = store();
    s.append([{ incidentId: 'INC-1', type: 'incident.declared', data: { title: 'a', severity: 'SEV1', detectedAt: '2026-11-22T03:00:00.000Z' } },
      { incidentId: 'INC-1', type: 'freeze.changed', data: { frozen: true } }, { incidentId: 'INC-1', type: 'incident.resolved', data: {} }]);
    expect(deployFreeze(s.events).frozen).toBe(true);
    expect(() => freezeOff(s.events, s.incident('INC-1'), undefined)).not.toThrow();
  });
});
