/** Folded incidents for the console's pure tests, built from event logs. */
import { foldIncident } from '../../../src/domain/fold.js';
import type { IncidentState } from '../../../src/domain/incident-state.js';
import { eventLog, type EventLog } from '../../helpers/event-log.js';

export const DETECTED = '2026-11-22T03:00:00.000Z';

/** A declared SEV1 with `more` applied to its log. */
export function incident(id = 'INC-1', more: (log: EventLog) => void = () => undefined, seqStart = 1): IncidentState {
  const log = eventLog(id, DETECTED, seqStart).add('incident.declared', { title: 'Checkout returns 502', severity: 'SEV1', detectedAt: DETECTED }, 0);
  more(log);
  return foldIncident(log.events)!;
}
