/** Pure decisions about suspected triggers: marking a change on the timeline and clearing the mark. */
import { DomainError } from '../domain-error.js';
import { newEvent, type NewEvent } from '../events.js';
import type { IncidentState } from '../incident-state.js';
import type { Change } from './change-model.js';

/**
 * Finds a change by id or by an unambiguous start of one (ids are long; `git:api:3f2a9c1` is
 * enough when no other id starts that way). Throws naming the candidates otherwise.
 */
export function findByIdPrefix<T>(items: readonly T[], idOf: (item: T) => string, wanted: string, what: string): T {
  const text = wanted.trim();
  if (!text) throw new DomainError(`give the ${what} id`, 'usage');
  const exact = items.find((item) => idOf(item) === text);
  if (exact) return exact;
  const matches = items.filter((item) => idOf(item).startsWith(text));
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new DomainError(`no ${what} "${text}"`, 'usage');
  const shown = matches.slice(0, 5).map(idOf).join(', ');
  throw new DomainError(`"${text}" matches ${matches.length} ${what}s (${shown}${matches.length > 5 ? ', ...' : ''}); give more of the id`, 'usage');
}

/** Records `change` as a suspected trigger of the incident (it feeds rollback and the postmortem). */
export function suspectChange(incident: IncidentState, change: Change): NewEvent[] {
  if (incident.suspects.some((s) => s.changeId === change.id)) {
    throw new DomainError(`${change.id} is already marked as a suspected trigger of ${incident.id}`);
  }
  return [
    newEvent(incident.id, 'change.suspected', {
      changeId: change.id,
      kind: change.kind,
      source: change.source,
      title: change.title,
      changedAt: change.at,
      ...(change.ref !== undefined ? { ref: change.ref } : {}),
      ...(change.previousRef !== undefined ? { previousRef: change.previousRef } : {}),
      ...(change.service !== undefined ? { service: change.service } : {}),
      ...(change.migration ? { migration: true } : {}),
    }),
  ];
}

/** Clears a suspected-trigger mark, by id or unambiguous id prefix among the marked changes. */
export function clearSuspect(incident: IncidentState, changeId: string): NewEvent[] {
  if (incident.suspects.length === 0) throw new DomainError(`${incident.id} has no suspected change to clear`);
  const suspect = findByIdPrefix(incident.suspects, (s) => s.changeId, changeId, 'suspected change');
  return [newEvent(incident.id, 'change.cleared', { changeId: suspect.changeId })];
}
