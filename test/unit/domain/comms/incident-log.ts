/** Builds folded incidents from a compact list of events, with times as minutes after T. */
import type { EventDataMap, EventType, IncidentEvent } from '../../../../src/domain/events.js';
import { foldIncident } from '../../../../src/domain/fold.js';
import type { IncidentState } from '../../../../src/domain/incident-state.js';

export const T = Date.parse('2026-11-22T03:00:00.000Z');
/** The instant `minutes` after T. */
export const at = (minutes: number): Date => new Date(T + minutes * 60_000);

export type Step = { [K in EventType]: [minutes: number, type: K, data: EventDataMap[K], actor?: string] }[EventType];

/** Folds the steps (the first must be the declaration) into an incident. */
export function incidentFrom(steps: Step[]): IncidentState {
  const events = steps.map(([minutes, type, data, actor], index) => ({
    id: `evt-${index + 1}`,
    seq: index + 1,
    incidentId: 'INC-1',
    at: at(minutes).toISOString(),
    actor: actor ?? 'alice',
    type,
    data,
    prevHash: '',
    hash: '',
  })) as IncidentEvent[];
  const state = foldIncident(events);
  if (!state) throw new Error('the first step must declare the incident');
  return state;
}

/** The declaration step of a SEV1 detected and declared at T. */
export const declared = (extra: Partial<EventDataMap['incident.declared']> = {}): Step => [
  0,
  'incident.declared',
  { title: 'Checkout returns 502', severity: 'SEV1', detectedAt: at(0).toISOString(), ...extra },
];
