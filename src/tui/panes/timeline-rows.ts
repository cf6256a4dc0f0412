/** Timeline rows: one per event, oldest first (the pane shows the newest at the bottom). */
import type { IncidentEvent } from '../../domain/events.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { timelineEntry, utcTime } from '../../domain/timeline-line.js';
import { fitToWidth } from '../presentation/printable-text.js';
import { memoRows, type PaneRow, type RowTone } from './pane-row.js';

const ACTOR_WIDTH = 14;

function toneOf(type: string): RowTone {
  if (type === 'severity.changed' || type === 'incident.declared') return 'alarm';
  if (type === 'incident.resolved' || type === 'incident.mitigated') return 'ok';
  if (type.startsWith('role.') || type === 'incident.acknowledged' || type === 'status.changed') return 'warning';
  return 'normal';
}

/** Fits an actor name in a fixed column, by display width (wide characters and emoji take two), so the descriptions line up. */
export function actorColumn(actor: string): string {
  return fitToWidth(actor, ACTOR_WIDTH);
}

// Events never change once logged, so each one's row is built once: a replay moving through
// thousands of events (or a live log growing by one) only builds the rows of new events.
const rowOfEvent = new WeakMap<IncidentEvent, PaneRow>();

function eventRow(event: IncidentEvent): PaneRow {
  let row = rowOfEvent.get(event);
  if (row) return row;
  const entry = timelineEntry(event);
  const what = entry.result ? `${entry.what}: ${entry.result}` : entry.what;
  row = {
    key: event.id,
    segments: [
      { text: `${utcTime(event.at)} `, tone: 'muted' },
      { text: `${actorColumn(event.actor)} `, tone: 'accent' },
      { text: what, tone: toneOf(event.type) },
    ],
  };
  rowOfEvent.set(event, row);
  return row;
}

/** Each row: UTC time, who, what happened (and its result). */
export const timelineRows = memoRows((incident: IncidentState): PaneRow[] => incident.events.map(eventRow));
