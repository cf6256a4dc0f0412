import { describe, expect, it } from 'vitest';
import type { IncidentEvent, NewEvent } from '../../../src/domain/events.js';
import { foldAll } from '../../../src/domain/fold.js';
import {
  acknowledge, addNote, assignRole, changeSeverity, declareIncident, resolveIncident, selectIncident, setStatus, sortForListing,
} from '../../../src/domain/incident-commands.js';
import { DomainError } from '../../../src/domain/domain-error.js';
import type { IncidentState } from '../../../src/domain/incident-state.js';
import { DEFAULT_SEVERITY_POLICIES } from '../../../src/domain/severity.js';

const T0 = new Date('2026-11-22T03:00:00.000Z');

/** A tiny in-memory log: stamps NewEvents the way the store does (minus hashes). */
function makeLog() {
  const events: IncidentEvent[] = [];
  let minute = 0;
  return {
    events,
    append(list: NewEvent[], actor = 'alice') {
      for (const e of list) {
        const seq = events.length + 1;
        const at = e.at ?? new Date(T0.getTime() + minute++ * 60_000).toISOString();
        events.push({ id: `evt-${seq}`, seq, incidentId: e.incidentId, at, actor, type: e.type, data: e.data, prevHash: '', hash: '' } as IncidentEvent);
      }
    },
    incidents: () => foldAll(events),
  };
}

function declare(log: ReturnType<typeof makeLog>, severity = 'SEV1', title = 'Checkout 502'): IncidentState {
  log.append(declareIncident(log.incidents(), { title, severity }, DEFAULT_SEVERITY_POLICIES, T0));
  return log.incidents().at(-1)!;
}

describe('declaring', () => {
  it('numbers incidents INC-1, INC-2 and freezes deploys for SEV1/SEV2 only', () => {
    const log = makeLog();
    const first = declare(log, 'SEV1');
    const second = declare(log, 'sev3', 'Slow search');
    expect([first.id, second.id]).toEqual(['INC-1', 'INC-2']);
    expect(first.frozen).toBe(true);
    expect(second.frozen).toBe(false);
    expect(second.severity).toBe('SEV3');
  });

  it('refuses an unknown severity as a usage error naming the valid ones', () => {
    const call = () => declareIncident([], { title: 'x', severity: 'SEV9' }, DEFAULT_SEVERITY_POLICIES, T0);
    expect(call).toThrow(DomainError);
    expect(call).toThrow(/unknown severity "SEV9": use one of SEV1, SEV2, SEV3, SEV4/);
    try {
      call();
    } catch (error) {
      expect((error as DomainError).kind).toBe('usage');
    }
  });

  it('accepts a back-dated detection time and rejects one in the future', () => {
    const events = declareIncident([], { title: 'x', severity: 'SEV2', detectedAt: '2026-11-22T02:40:00Z' }, DEFAULT_SEVERITY_POLICIES, T0);
    expect((events[0]!.data as { detectedAt: string }).detectedAt).toBe('2026-11-22T02:40:00.000Z');
    expect(() => declareIncident([], { title: 'x', severity: 'SEV2', detectedAt: '2027-01-01T00:00:00Z' }, DEFAULT_SEVERITY_POLICIES, T0)).toThrow(/future/);
    expect(() => declareIncident([], { title: 'x', severity: 'SEV2', detectedAt: 'yesterday-ish' }, DEFAULT_SEVERITY_POLICIES, T0)).toThrow(/not a date/);
  });

  it('requires a title', () => {
    expect(() => declareIncident([], { title: '   ', severity: 'SEV2' }, DEFAULT_SEVERITY_POLICIES, T0)).toThrow(/needs a title/);
  });
});

describe('acting on an incident', () => {
  it('folds notes, ack, severity, roles and status into state with milestones', () => {
    const log = makeLog();
    let incident = declare(log);
    log.append(acknowledge(incident));
    incident = log.incidents()[0]!;
    log.append(changeSeverity(incident, 'SEV2', DEFAULT_SEVERITY_POLICIES, 'only EU affected'));
    log.append(assignRole(incident, 'ic', 'Dana'), 'dana');
    log.append(setStatus(incident, 'identified'));
    log.append(addNote(incident, '  rolled back v41  '));
    const state = log.incidents()[0]!;
    expect(state.milestones.acknowledged).toBeDefined();
    expect(state.severity).toBe('SEV2');
    expect(state.severityHistory).toEqual([expect.objectContaining({ from: 'SEV1', to: 'SEV2' })]);
    expect(state.roles).toEqual({ commander: 'Dana' });
    expect(state.status).toBe('identified');
    expect(state.events.at(-1)!.data).toEqual({ text: 'rolled back v41' });
  });

  it('refuses no-op and invalid changes with a clear reason', () => {
    const log = makeLog();
    const incident = declare(log);
    expect(() => changeSeverity(incident, 'SEV1', DEFAULT_SEVERITY_POLICIES)).toThrow(/already SEV1/);
    expect(() => setStatus(incident, 'resolved')).toThrow(/warroom resolve/);
    expect(() => assignRole(incident, 'janitor', 'x')).toThrow(/unknown role "janitor"/);
    expect(() => addNote(incident, '')).toThrow(/empty/);
    log.append(acknowledge(incident));
    expect(() => acknowledge(log.incidents()[0]!)).toThrow(/already acknowledged/);
  });

  it('resolving lifts the freeze when asked and blocks further changes', () => {
    const log = makeLog();
    const incident = declare(log);
    log.append(resolveIncident(incident, { note: 'reverted', liftFreeze: true }));
    const state = log.incidents()[0]!;
    expect(state.status).toBe('resolved');
    expect(state.frozen).toBe(false);
    expect(state.milestones.resolved).toBeDefined();
    expect(() => addNote(state, 'late')).toThrow(/is resolved/);
  });
});

describe('choosing the incident', () => {
  it('defaults to the most recently declared open incident and lists open ones first', () => {
    const log = makeLog();
    const a = declare(log, 'SEV2', 'A');
    declare(log, 'SEV3', 'B');
    log.append(resolveIncident(log.incidents()[1]!, { liftFreeze: true }));
    expect(selectIncident(log.incidents()).id).toBe(a.id);
    expect(selectIncident(log.incidents(), 'inc-2').title).toBe('B');
    expect(sortForListing(log.incidents()).map((i) => i.id)).toEqual(['INC-1', 'INC-2']);
    expect(() => selectIncident(log.incidents(), 'INC-9')).toThrow(/no incident INC-9/);
  });

  it('says how to declare when nothing is open', () => {
    expect(() => selectIncident([])).toThrow(/no open incident: declare one/);
  });
});
