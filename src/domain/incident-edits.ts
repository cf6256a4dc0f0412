/**
 * Correcting and labelling an incident after the fact: title, summary, impact, detection time,
 * root cause and tags, each an `incident.edited` event. Allowed on resolved incidents too: the
 * root cause is usually known only in the review. Tags and the root cause drive repeat detection.
 */
import { DomainError } from './domain-error.js';
import { newEvent, type EventDataMap, type NewEvent } from './events.js';
import type { IncidentState } from './incident-state.js';
import { normaliseTime } from './incident-commands.js';
import { parseTags, sameTags } from './tags.js';

export type TextField = 'title' | 'summary' | 'impact' | 'rootCause';

export interface IncidentEdits {
  title?: string | undefined;
  summary?: string | undefined;
  impact?: string | undefined;
  rootCause?: string | undefined;
  detectedAt?: string | undefined;
  addTags?: readonly string[] | undefined;
  removeTags?: readonly string[] | undefined;
}

const FIELD_NAMES: Record<TextField, string> = { title: 'title', summary: 'summary', impact: 'impact', rootCause: 'root cause' };

function textEdit(incident: IncidentState, field: TextField, value: string | undefined): NewEvent[] {
  if (value === undefined) return [];
  const text = value.trim();
  if (field === 'title' && !text) throw new DomainError('the title cannot be empty: say what is broken', 'usage');
  if (text === incident[field]) return [];
  return [newEvent(incident.id, 'incident.edited', { field, value: text })];
}

function detectedEdit(incident: IncidentState, value: string | undefined, now: Date): NewEvent[] {
  if (value === undefined) return [];
  const detectedAt = normaliseTime(value, 'detected-at');
  if (Date.parse(detectedAt) > now.getTime() + 60_000) throw new DomainError(`--detected-at ${value} is in the future`, 'usage');
  if (Date.parse(detectedAt) > Date.parse(incident.milestones.declared)) {
    throw new DomainError(`--detected-at ${value} is after the declaration (${incident.milestones.declared}): detection comes first`, 'usage');
  }
  if (detectedAt === incident.milestones.detected) return [];
  return [newEvent(incident.id, 'incident.edited', { field: 'detectedAt', value: detectedAt })];
}

/** The tag list after adding and removing; undefined when it does not change. */
function tagsAfter(incident: IncidentState, add: readonly string[], remove: readonly string[]): string[] | undefined {
  const removed = new Set(parseTags(remove));
  const unknown = [...removed].filter((t) => !incident.tags.includes(t) && !add.includes(t));
  if (unknown.length > 0) throw new DomainError(`${incident.id} has no tag ${unknown.join(', ')} (its tags: ${incident.tags.join(', ') || 'none'})`, 'usage');
  const next = [...new Set([...incident.tags, ...parseTags(add)])].filter((t) => !removed.has(t));
  return sameTags(next, incident.tags) ? undefined : next;
}

/** The events for a set of edits; a request that changes nothing is refused, saying so. */
export function editIncident(incident: IncidentState, edits: IncidentEdits, now: Date): NewEvent[] {
  const events = [
    ...textEdit(incident, 'title', edits.title),
    ...textEdit(incident, 'summary', edits.summary),
    ...textEdit(incident, 'impact', edits.impact),
    ...textEdit(incident, 'rootCause', edits.rootCause),
    ...detectedEdit(incident, edits.detectedAt, now),
  ];
  const tags = tagsAfter(incident, edits.addTags ?? [], edits.removeTags ?? []);
  if (tags) events.push(newEvent(incident.id, 'incident.edited', { field: 'tags', value: tags }));
  if (events.length === 0) throw new DomainError(`nothing changes: ${incident.id} already has those values`);
  return events;
}

/** Replaces the whole tag list (the console's tags field); the same list is refused, saying so. */
export function replaceTags(incident: IncidentState, input: string): NewEvent[] {
  const tags = parseTags([input]);
  if (sameTags(tags, incident.tags)) {
    throw new DomainError(`nothing changes: ${incident.id} is already tagged ${tags.join(', ') || '(none)'}`);
  }
  return [newEvent(incident.id, 'incident.edited', { field: 'tags', value: tags })];
}

/** One line saying what an edit event changed, e.g. `root cause: db pool exhausted`. */
export function describeEdit(data: EventDataMap['incident.edited']): string {
  if (data.field === 'tags') return `tags: ${(Array.isArray(data.value) ? data.value : [data.value]).join(', ') || '(none)'}`;
  if (data.field === 'detectedAt') return `detected at ${String(data.value)}`;
  const value = String(data.value);
  return `${FIELD_NAMES[data.field]}: ${value || '(cleared)'}`;
}
