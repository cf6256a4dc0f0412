/** Which incident a review command (export, follow-ups) acts on when none is named. */
import { DomainError } from './domain-error.js';
import { isOpen, type IncidentState } from './incident-state.js';
import { selectIncident } from './incident-commands.js';

/** The named incident; else the latest open one; else the latest declared, since reviews follow resolution. */
export function selectIncidentForReview(incidents: readonly IncidentState[], id?: string): IncidentState {
  if (id) return selectIncident(incidents, id);
  const latest = incidents.filter(isOpen).at(-1) ?? incidents.at(-1);
  if (!latest) throw new DomainError('no incidents in this store yet; pass --store or --incident ID');
  return latest;
}
