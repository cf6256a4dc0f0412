/**
 * Follow-up action items: decisions for adding and closing them. They may be added during
 * the incident or after it is resolved, since most come out of the review.
 */
import { DomainError } from './domain-error.js';
import { newEvent, type FollowupPriority, type NewEvent } from './events.js';
import type { Followup, IncidentState } from './incident-state.js';

export const FOLLOWUP_PRIORITIES: readonly FollowupPriority[] = ['P1', 'P2', 'P3'];

export interface FollowupInput {
  text: string;
  owner?: string | undefined;
  due?: string | undefined;
  priority?: string | undefined;
}

/** Parses "P1", "p2" or "3"; throws naming the value and the valid ones. */
export function parseFollowupPriority(input: string): FollowupPriority {
  const normalised = input.trim().toUpperCase();
  const candidate = /^\d$/.test(normalised) ? `P${normalised}` : normalised;
  if ((FOLLOWUP_PRIORITIES as readonly string[]).includes(candidate)) return candidate as FollowupPriority;
  throw new DomainError(`--priority "${input}" is not a priority: use ${FOLLOWUP_PRIORITIES.join(', ')} (P1 most urgent)`, 'usage');
}

/** Parses a due date as a real calendar day (YYYY-MM-DD), not before today (UTC). */
export function parseDueDate(input: string, now: Date): string {
  const text = input.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new DomainError(`--due "${input}" is not a date: use YYYY-MM-DD, e.g. 2026-12-01`, 'usage');
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new DomainError(`--due "${input}" is not a calendar date`, 'usage');
  }
  const today = now.toISOString().slice(0, 10);
  if (text < today) throw new DomainError(`--due ${text} is in the past (today is ${today} UTC)`, 'usage');
  return text;
}

/** The next id for an incident's follow-ups: F-<n>, one more than the highest so far. */
export function nextFollowupId(followups: readonly Pick<Followup, 'id'>[]): string {
  const highest = followups.reduce((max, f) => Math.max(max, Number(/^F-(\d+)$/.exec(f.id)?.[1] ?? 0)), 0);
  return `F-${highest + 1}`;
}

/** Adding a follow-up; the priority defaults to P2 when not given. */
export function addFollowup(incident: IncidentState, input: FollowupInput, now: Date): NewEvent[] {
  const text = input.text.replace(/\s+/g, ' ').trim();
  if (!text) throw new DomainError('the follow-up needs a text: say what will be done', 'usage');
  const owner = input.owner?.trim();
  if (input.owner !== undefined && !owner) throw new DomainError('--owner is empty: name who will do it', 'usage');
  const due = input.due === undefined ? undefined : parseDueDate(input.due, now);
  const priority = input.priority === undefined ? 'P2' : parseFollowupPriority(input.priority);
  return [
    newEvent(incident.id, 'followup.added', {
      followupId: nextFollowupId(incident.followups),
      text,
      priority,
      ...(owner ? { owner } : {}),
      ...(due ? { due } : {}),
    }),
  ];
}

/** Finds a follow-up by "F-2", "f-2" or "2"; throws listing the known ids when absent. */
export function findFollowup(incident: IncidentState, input: string): Followup {
  const wanted = input.trim().toUpperCase();
  const id = /^\d+$/.test(wanted) ? `F-${wanted}` : wanted;
  const found = incident.followups.find((f) => f.id === id);
  if (found) return found;
  const known = incident.followups.map((f) => f.id).join(', ') || 'none yet';
  throw new DomainError(`${incident.id} has no follow-up ${input} (known: ${known})`, 'usage');
}

/** Closing a follow-up that is still open. */
export function closeFollowup(incident: IncidentState, input: string, note?: string): NewEvent[] {
  const followup = findFollowup(incident, input);
  if (followup.closedAt) throw new DomainError(`${followup.id} of ${incident.id} was already closed at ${followup.closedAt}`);
  const trimmed = note?.trim();
  return [newEvent(incident.id, 'followup.closed', { followupId: followup.id, ...(trimmed ? { note: trimmed } : {}) })];
}
