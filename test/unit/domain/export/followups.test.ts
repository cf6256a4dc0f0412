import { describe, expect, it } from 'vitest';
import { addFollowup, closeFollowup, nextFollowupId, parseDueDate, parseFollowupPriority } from '../../../../src/domain/followups.js';
import { applyEvent, foldIncident } from '../../../../src/domain/fold.js';
import type { IncidentEvent, NewEvent } from '../../../../src/domain/events.js';
import type { IncidentState } from '../../../../src/domain/incident-state.js';
import { eventLog } from '../../../helpers/event-log.js';

const NOW = new Date('2026-11-22T05:00:00.000Z');

function incidentWith(decisions: ((i: IncidentState) => NewEvent[])[]): IncidentState {
  const log = eventLog('INC-1', '2026-11-22T03:00:00.000Z').add('incident.declared', { title: 'x', severity: 'SEV2', detectedAt: '2026-11-22T03:00:00.000Z' }, 0);
  let state = foldIncident(log.events)!;
  for (const decide of decisions) {
    for (const draft of decide(state)) {
      const event = { ...log.events[0]!, id: `e${state.events.length + 1}`, seq: state.events.length + 1, type: draft.type, data: draft.data, at: NOW.toISOString() } as IncidentEvent;
      state = applyEvent(state, event);
    }
  }
  return state;
}

describe('follow-ups', () => {
  it('numbers follow-ups F-1, F-2, ... per incident, continuing after the highest', () => {
    expect(nextFollowupId([])).toBe('F-1');
    expect(nextFollowupId([{ id: 'F-1' }, { id: 'F-7' }])).toBe('F-8');
    const state = incidentWith([(i) => addFollowup(i, { text: 'a' }, NOW), (i) => addFollowup(i, { text: 'b' }, NOW)]);
    expect(state.followups.map((f) => f.id)).toEqual(['F-1', 'F-2']);
  });

  it('records owner, due date and priority; the priority defaults to P2', () => {
    const [event] = addFollowup(incidentWith([]), { text: '  Alert on  pool saturation ', owner: 'bob', due: '2026-12-01', priority: 'p1' }, NOW);
    expect(event!.data).toEqual({ followupId: 'F-1', text: 'Alert on pool saturation', owner: 'bob', due: '2026-12-01', priority: 'P1' });
    expect(addFollowup(incidentWith([]), { text: 'x' }, NOW)[0]!.data).toMatchObject({ priority: 'P2' });
  });

  it('rejects bad priorities and dates with the value in the message', () => {
    expect(() => parseFollowupPriority('P4')).toThrow('--priority "P4" is not a priority: use P1, P2, P3');
    expect(parseFollowupPriority('3')).toBe('P3');
    expect(() => parseDueDate('next week', NOW)).toThrow('--due "next week" is not a date: use YYYY-MM-DD');
    expect(() => parseDueDate('2026-02-30', NOW)).toThrow('--due "2026-02-30" is not a calendar date');
    expect(() => parseDueDate('2026-11-21', NOW)).toThrow('--due 2026-11-21 is in the past (today is 2026-11-22 UTC)');
    expect(parseDueDate('2026-11-22', NOW)).toBe('2026-11-22');
    expect(() => addFollowup(incidentWith([]), { text: '   ' }, NOW)).toThrow('needs a text');
    expect(() => addFollowup(incidentWith([]), { text: 'x', owner: ' ' }, NOW)).toThrow('--owner is empty');
  });

  it('closes by id in any spelling, once; unknown ids list the known ones', () => {
    const state = incidentWith([(i) => addFollowup(i, { text: 'a' }, NOW), (i) => closeFollowup(i, 'f-1', 'done')]);
    expect(state.followups[0]!.closedAt).toBe(NOW.toISOString());
    expect(() => closeFollowup(state, '1')).toThrow(`F-1 of INC-1 was already closed at ${NOW.toISOString()}`);
    expect(() => closeFollowup(state, 'F-9')).toThrow('INC-1 has no follow-up F-9 (known: F-1)');
  });

  it('can be added after the incident is resolved, when the review finds them', () => {
    const resolved = incidentWith([() => [{ incidentId: 'INC-1', type: 'incident.resolved', data: {} }]]);
    expect(resolved.status).toBe('resolved');
    expect(addFollowup(resolved, { text: 'add a canary' }, NOW)).toHaveLength(1);
  });
});
