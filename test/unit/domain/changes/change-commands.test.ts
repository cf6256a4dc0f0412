import { describe, expect, it } from 'vitest';
import { clearSuspect, findByIdPrefix, suspectChange } from '../../../../src/domain/changes/change-commands.js';
import { shortIds } from '../../../../src/domain/changes/change-ids.js';
import type { Change } from '../../../../src/domain/changes/change-model.js';
import { DomainError } from '../../../../src/domain/domain-error.js';
import type { IncidentEvent, NewEvent } from '../../../../src/domain/events.js';
import { foldIncident } from '../../../../src/domain/fold.js';
import type { IncidentState } from '../../../../src/domain/incident-state.js';

const DEPLOY: Change = {
  id: 'deploy:prod:api@v2.14.0:20261122T024100Z', at: '2026-11-22T02:41:00.000Z', kind: 'deploy', source: 'prod', sourceType: 'deploys',
  title: 'api v2.14.0', actor: 'ci', ref: 'v2.14.0', previousRef: 'v2.13.9', service: 'api', migration: true,
};

/** Applies NewEvents to an incident the way the store would (stamped, in order). */
function apply(events: IncidentEvent[], list: NewEvent[]): IncidentState {
  for (const e of list) {
    events.push({ id: `e${events.length}`, seq: events.length + 1, incidentId: e.incidentId, at: '2026-11-22T03:10:00.000Z', actor: 'alice', type: e.type, data: e.data, prevHash: '', hash: '' } as IncidentEvent);
  }
  return foldIncident(events)!;
}

function declared(): { events: IncidentEvent[]; incident: IncidentState } {
  const events: IncidentEvent[] = [];
  const incident = apply(events, [{ incidentId: 'INC-1', type: 'incident.declared', data: { title: 'Checkout 502', severity: 'SEV1', detectedAt: '2026-11-22T03:00:00.000Z' } }]);
  return { events, incident };
}

describe('marking a suspected trigger', () => {
  it('records the change with its rollback target, service and migration flag, and refuses a second mark', () => {
    const { events, incident } = declared();
    const [event] = suspectChange(incident, DEPLOY);
    expect(event).toEqual({
      incidentId: 'INC-1',
      type: 'change.suspected',
      data: { changeId: DEPLOY.id, kind: 'deploy', source: 'prod', title: 'api v2.14.0', changedAt: DEPLOY.at, ref: 'v2.14.0', previousRef: 'v2.13.9', service: 'api', migration: true },
    });
    const after = apply(events, [event!]);
    expect(after.suspects).toMatchObject([{ changeId: DEPLOY.id, previousRef: 'v2.13.9', service: 'api', markedBy: 'alice' }]);
    expect(() => suspectChange(after, DEPLOY)).toThrow(/already marked/);
  });

  it('clears a mark by an unambiguous id prefix; refuses when nothing is marked', () => {
    const { events, incident } = declared();
    expect(() => clearSuspect(incident, 'deploy')).toThrow(/no suspected change/);
    const marked = apply(events, suspectChange(incident, DEPLOY));
    const cleared = clearSuspect(marked, 'deploy:prod:api');
    expect(cleared).toEqual([{ incidentId: 'INC-1', type: 'change.cleared', data: { changeId: DEPLOY.id } }]);
    expect(apply(events, cleared).suspects).toEqual([]);
  });
});

describe('finding a change by id', () => {
  const ids = ['git:api:abc123', 'git:api:abd999', 'deploy:prod:api@v2:20261122T024100Z'];
  it('takes an exact id or a unique prefix, and names the candidates when ambiguous', () => {
    expect(findByIdPrefix(ids, (x) => x, 'git:api:abc', 'change')).toBe('git:api:abc123');
    expect(findByIdPrefix(ids, (x) => x, 'deploy', 'change')).toBe(ids[2]);
    expect(() => findByIdPrefix(ids, (x) => x, 'git:api:ab', 'change')).toThrow(/matches 2 changes \(git:api:abc123, git:api:abd999\)/);
    expect(() => findByIdPrefix(ids, (x) => x, 'nope', 'change')).toThrow(DomainError);
  });
});

describe('short ids', () => {
  it('shortens commits to 10 hex digits and records to kind:label:subject, longer only when needed', () => {
    const ids = [
      `git:api:${'3f2a9c1d0e'}${'1'.repeat(30)}`,
      `git:api:${'3f2a9c1d0e'}${'2'.repeat(30)}`,
      `git:web:${'a'.repeat(40)}`,
      'deploy:prod:api@v2.14.0:20261122T024100Z',
      'deploy:prod:api@v2.13.9:20261122T010000Z',
      'deploy:prod:api@v2.13.9:20261122T013000Z',
      'dns:ops:0a1b2c3d:20261122T010800Z',
    ];
    const short = shortIds(ids);
    expect(short.get(ids[0]!)).toBe(`git:api:3f2a9c1d0e1`);
    expect(short.get(ids[2]!)).toBe('git:web:aaaaaaaaaa');
    expect(short.get(ids[3]!)).toBe('deploy:prod:api@v2.14.0');
    expect(short.get(ids[4]!)).toBe(ids[4]);
    expect(short.get(ids[6]!)).toBe('dns:ops:0a1b2c3d');
    for (const id of ids) expect(findByIdPrefix(ids, (x) => x, short.get(id)!, 'change')).toBe(id);
  });
});
