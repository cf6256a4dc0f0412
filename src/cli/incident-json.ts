/** The JSON shape of an incident printed by `status --json` and `list --json`. */
import { incidentDurations } from '../domain/durations.js';
import { mitigationDeadline, nextUpdateDue } from '../domain/deadlines.js';
import type { IncidentState } from '../domain/incident-state.js';
import type { SeverityPolicies } from '../domain/severity.js';

/** Summary fields without the event list. */
export function incidentSummaryJson(incident: IncidentState, policies: SeverityPolicies, now: Date) {
  const policy = policies[incident.severity];
  return {
    id: incident.id,
    title: incident.title,
    severity: incident.severity,
    status: incident.status,
    summary: incident.summary,
    impact: incident.impact,
    rootCause: incident.rootCause,
    tags: incident.tags,
    declaredAt: incident.milestones.declared,
    detectedAt: incident.milestones.detected,
    declaredBy: incident.declaredBy,
    roles: incident.roles,
    frozen: incident.frozen,
    breach: incident.breach,
    milestones: incident.milestones,
    durations: incidentDurations(incident, now),
    mitigationDeadline: mitigationDeadline(incident, policy, now) ?? null,
    nextUpdate: nextUpdateDue(incident, policy, now) ?? null,
  };
}

/** Summary plus every event as `{id, at, actor, type, data}`. */
export function incidentDetailJson(incident: IncidentState, policies: SeverityPolicies, now: Date) {
  return {
    ...incidentSummaryJson(incident, policies, now),
    events: incident.events.map(({ id, at, actor, type, data }) => ({ id, at, actor, type, data })),
  };
}
