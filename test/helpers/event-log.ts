/** Builds incident event logs for pure tests: sequential ids, times in minutes from a start, placeholder hashes. */
import type { EventDataMap, EventType, IncidentEvent } from '../../src/domain/events.js';

export interface EventLog {
  /** Appends an event `minutes` after the start. */
  add<T extends EventType>(type: T, data: EventDataMap[T], minutes: number, actor?: string): EventLog;
  events: IncidentEvent[];
}

/** A log for one incident; `seqStart` lets several logs share one store-wide numbering. */
export function eventLog(incidentId: string, start: string, seqStart = 1): EventLog {
  const base = Date.parse(start);
  const events: IncidentEvent[] = [];
  const log: EventLog = {
    events,
    add(type, data, minutes, actor = 'alice') {
      const seq = seqStart + events.length;
      events.push({
        id: `evt-${String(seq).padStart(6, '0')}`, seq, incidentId, at: new Date(base + minutes * 60_000).toISOString(), actor, type, data,
        prevHash: (events.at(-1)?.hash ?? '0'.repeat(64)), hash: seq.toString(16).padStart(64, 'a'),
      } as IncidentEvent);
      return log;
    },
  };
  return log;
}
