/** Marking a change as the suspected trigger of an incident, and clearing the mark: timeline events. */
import { clearSuspect, suspectChange } from '../domain/changes/change-commands.js';
import type { Change } from '../domain/changes/change-model.js';
import type { IncidentEvent } from '../domain/events.js';
import type { IncidentService } from '../incidents/incident-service.js';

/** Records `change.suspected` on the incident (the named one, or the current open one). */
export function markSuspect(incidents: IncidentService, incidentId: string | undefined, change: Change): Promise<IncidentEvent[]> {
  return incidents.record(incidentId, (incident) => suspectChange(incident, change));
}

/** Records `change.cleared` for a marked change (id or unambiguous id prefix). */
export function clearSuspectMark(incidents: IncidentService, incidentId: string | undefined, changeId: string): Promise<IncidentEvent[]> {
  return incidents.record(incidentId, (incident) => clearSuspect(incident, changeId));
}
