/**
 * The "postmortem done" milestone: recorded by hand once the review is held and its document is
 * final. Exporting a draft does not count; this is what the postmortem-within-48-hours rate measures.
 */
import { DomainError } from './domain-error.js';
import { newEvent, type NewEvent } from './events.js';
import { resolvedInOrder, type IncidentState } from './incident-state.js';
import { selectIncident } from './incident-commands.js';

/** Whether the postmortem was marked done after the incident's latest resolution. */
export function postmortemDoneSinceResolution(incident: Pick<IncidentState, 'milestones'>): boolean {
  const { resolved, postmortemDone } = incident.milestones;
  return resolved !== undefined && postmortemDone !== undefined && Date.parse(postmortemDone) >= Date.parse(resolved);
}

/** The named incident; else the latest resolved one still waiting for its postmortem; else the latest resolved. */
export function selectForPostmortem(incidents: readonly IncidentState[], id?: string): IncidentState {
  if (id) return selectIncident(incidents, id);
  const resolved = resolvedInOrder(incidents);
  const latest = resolved.filter((i) => !postmortemDoneSinceResolution(i)).at(-1) ?? resolved.at(-1);
  if (!latest) throw new DomainError('no resolved incident: a postmortem is done after `warroom resolve`');
  return latest;
}

/** Records the milestone; refused before resolution and when already recorded since it. */
export function completePostmortem(incident: IncidentState, link?: string): NewEvent[] {
  if (incident.status !== 'resolved') {
    throw new DomainError(`${incident.id} is not resolved: resolve it first (\`warroom resolve\`), then hold the review`);
  }
  if (postmortemDoneSinceResolution(incident)) {
    throw new DomainError(`${incident.id}: the postmortem was already marked done at ${incident.milestones.postmortemDone}`);
  }
  const where = link?.trim();
  return [newEvent(incident.id, 'postmortem.completed', where ? { link: where } : {})];
}
