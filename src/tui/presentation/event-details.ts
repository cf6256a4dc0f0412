/**
 * One timeline event in full, for the event detail view: what happened, when, who, its type and
 * every field of its data, long and multi-line text included (the pane shows one cut row). Pure.
 */
import type { IncidentEvent } from '../../domain/events.js';
import { timelineEntry, utcDateTime } from '../../domain/timeline-line.js';
import type { StyledLine } from './text-lines.js';

const line = (text: string, tone: StyledLine['tone'] = 'normal'): StyledLine => ({ text, tone });
const field = (label: string, value: string): StyledLine => line(`${label.padEnd(10)} ${value}`);

/** A data field: short values on one line; text with line breaks, or a long one, below its name, as written. */
function dataField(key: string, value: unknown): StyledLine[] {
  if (typeof value === 'string') {
    if (!value.includes('\n') && value.length <= 60) return [line(`  ${key}: ${value}`)];
    return [line(`  ${key}:`, 'accent'), ...value.split('\n').map((l) => line(`    ${l}`))];
  }
  if (value !== null && typeof value === 'object') {
    return [line(`  ${key}:`, 'accent'), ...JSON.stringify(value, null, 2).split('\n').map((l) => line(`    ${l}`, 'code'))];
  }
  return [line(`  ${key}: ${String(value)}`)];
}

/** Every line of the view: the summary, the event's fields, then its data. */
export function eventDetailLines(event: IncidentEvent): StyledLine[] {
  const entry = timelineEntry(event);
  const data = Object.entries((event.data ?? {}) as Record<string, unknown>);
  // A note's result is its text: shown once, as written, under Data.
  const repeated = data.some(([, value]) => typeof value === 'string' && value.replace(/\s+/g, ' ').trim() === entry.result);
  return [
    line(entry.what, 'heading'),
    ...(entry.result && !repeated ? [line(entry.result)] : []),
    line(''),
    field('Time', `${utcDateTime(event.at)} (${event.at})`),
    field('Actor', event.actor),
    field('Type', event.type),
    field('Event', `#${event.seq} · ${event.id} · hash ${event.hash.slice(0, 12)}`),
    line(''),
    line(`Data (${data.length} field${data.length === 1 ? '' : 's'})`, 'accent'),
    ...(data.length > 0 ? data.flatMap(([key, value]) => dataField(key, value)) : [line('  none', 'muted')]),
  ];
}

/** The event the detail view shows, or undefined when it is no longer on the incident (another incident opened). */
export function findEvent(events: readonly IncidentEvent[], eventId: string): IncidentEvent | undefined {
  return events.find((e) => e.id === eventId);
}
