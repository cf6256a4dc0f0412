import { describe, expect, it } from 'vitest';
import type { IncidentEvent, NewEvent } from '../../../src/domain/events.js';
import { foldAll } from '../../../src/domain/fold.js';
import { declareIncident, resolveIncident } from '../../../src/domain/incident-commands.js';
import { editIncident, replaceTags } from '../../../src/domain/incident-edits.js';
import { reopenIncident } from '../../../src/domain/incident-reopen.js';
import { DEFAULT_SEVERITY_POLICIES } from '../../../src/domain/severity.js';

const T0 = new Date('2026-11-22T03:00:00.000Z');

/** Stamps NewEvents a minute apart, as the store would (without hashes), and folds them. */
function log() {
  const events: IncidentEvent[] = [];
  const append = (list: NewEvent[]) => {
    for (const e of list) {
      const seq = events.length + 1;
      events.push({ id: `evt-${seq}`, seq, incidentId: e.incidentId, at: new Date(T0.getTime() + seq * 60_000).toISOString(), actor: 'a', type: e.type, data: e.data, prevHash: '', hash: '' } as IncidentEvent);
    }
    return foldAll(events)[0]!;
  };
  return { events, append };
}

describe('editing an incident', () => {
  it('records one event per changed field, lower-cases and de-duplicates tags, and folds them in', () => {
    const l = log();
    const declared = l.append(declareIncident([], { title: 'Checkout 502', severity: 'SEV3', tags: ['Checkout', 'checkout,db'] }, DEFAULT_SEVERITY_POLICIES, T0));
    expect(declared.tags).toEqual(['checkout', 'db']);
    const edits = editIncident(declared, { rootCause: ' pool exhausted ', title: 'Checkout 502', addTags: ['queue'], removeTags: ['db'] }, T0);
    expect(edits.map((e) => e.data)).toEqual([{ field: 'rootCause', value: 'pool exhausted' }, { field: 'tags', value: ['checkout', 'queue'] }]);
    expect(l.append(edits)).toMatchObject({ rootCause: 'pool exhausted', tags: ['checkout', 'queue'] });
  });

  it('moves the detection earlier, never after the declaration or into the future', () => {
    const l = log();
    const incident = l.append(declareIncident([], { title: 'x', severity: 'SEV3' }, DEFAULT_SEVERITY_POLICIES, T0));
    expect(editIncident(incident, { detectedAt: '2026-11-22T02:40:00Z' }, T0)[0]!.data).toEqual({ field: 'detectedAt', value: '2026-11-22T02:40:00.000Z' });
    expect(() => editIncident(incident, { detectedAt: '2026-11-22T05:00:00Z' }, new Date('2026-11-22T06:00:00Z'))).toThrow(/is after the declaration/);
    expect(() => editIncident(incident, { detectedAt: 'yesterday' }, T0)).toThrow(/--detected-at "yesterday" is not a date\/time/);
  });

  it('the console replaces the whole tag list; an empty field clears it', () => {
    const l = log();
    const incident = l.append(declareIncident([], { title: 'x', severity: 'SEV3', tags: ['a'] }, DEFAULT_SEVERITY_POLICIES, T0));
    expect(replaceTags(incident, 'B, c')[0]!.data).toEqual({ field: 'tags', value: ['b', 'c'] });
    expect(replaceTags(incident, ' ')[0]!.data).toEqual({ field: 'tags', value: [] });
    expect(() => replaceTags(incident, 'a')).toThrow('nothing changes: INC-1 is already tagged a');
  });
});

describe('reopening', () => {
  it('clears the resolved milestone but keeps the resolution event, and freezes only where the severity asks', () => {
    const l = log();
    const sev3 = l.append(declareIncident([], { title: 'x', severity: 'SEV3' }, DEFAULT_SEVERITY_POLICIES, T0));
    const resolved = l.append(resolveIncident(sev3, { liftFreeze: true }));
    expect(() => reopenIncident(sev3, undefined, DEFAULT_SEVERITY_POLICIES)).toThrow('INC-1 is not resolved (it is investigating); nothing to reopen');
    const events = reopenIncident(resolved, ' back again ', DEFAULT_SEVERITY_POLICIES);
    expect(events.map((e) => [e.type, e.data])).toEqual([['incident.reopened', { reason: 'back again' }]]);
    const reopened = l.append(events);
    expect(reopened).toMatchObject({ status: 'investigating', frozen: false });
    expect(reopened.milestones.resolved).toBeUndefined();
    expect(reopened.events.map((e) => e.type)).toContain('incident.resolved');
  });
});
