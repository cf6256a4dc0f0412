/**
 * Reopening a resolved incident (the problem came back, or it was resolved too early). The
 * resolution stays on the timeline; the status goes back to investigating, the resolved
 * milestone waits for the next resolution, and the deploy freeze returns where the severity asks for one.
 */
import { DomainError } from './domain-error.js';
import { newEvent, type NewEvent } from './events.js';
import { resolvedInOrder, type IncidentState } from './incident-state.js';
import { selectIncident } from './incident-commands.js';
import type { SeverityPolicies } from './severity.js';

/** The named incident, else the most recently resolved one. */
export function selectForReopen(incidents: readonly IncidentState[], id?: string): IncidentState {
  if (id) return selectIncident(incidents, id);
  const latest = resolvedInOrder(incidents).at(-1);
  if (!latest) throw new DomainError('no resolved incident to reopen; `warroom list` shows them');
  return latest;
}

/** The reopening, plus a deploy freeze when the severity's policy freezes and none is on. */
export function reopenIncident(incident: IncidentState, reason: string | undefined, policies: SeverityPolicies): NewEvent[] {
  if (incident.status !== 'resolved') throw new DomainError(`${incident.id} is not resolved (it is ${incident.status}); nothing to reopen`);
  const why = reason?.trim();
  const events: NewEvent[] = [newEvent(incident.id, 'incident.reopened', why ? { reason: why } : {})];
  if (policies[incident.severity].freezeDeploys && !incident.frozen) {
    events.push(newEvent(incident.id, 'freeze.changed', { frozen: true, reason: `${incident.id} reopened (${incident.severity})` }));
  }
  return events;
}
