/** Plain-text renderings of incidents for the terminal (no colour: safe to pipe). */
import { incidentDurations, formatDuration } from '../domain/durations.js';
import { mitigationDeadline, nextUpdateDue, type Deadline } from '../domain/deadlines.js';
import type { IncidentState } from '../domain/incident-state.js';
import { ROLES, ROLE_TITLES } from '../domain/roles.js';
import type { SeverityPolicies } from '../domain/severity.js';
import { paintAlert, paintSeverity } from './paint.js';

function describeDeadline(d: Deadline): string {
  return d.overdue ? paintAlert(`OVERDUE by ${formatDuration(-d.remainingMs)}`) : `in ${formatDuration(d.remainingMs)}`;
}

/** A multi-line summary of one incident. */
export function formatIncidentStatus(incident: IncidentState, policies: SeverityPolicies, now: Date): string[] {
  const policy = policies[incident.severity];
  const durations = incidentDurations(incident, now);
  const lines = [
    `${incident.id}  ${paintSeverity(incident.severity)}  ${incident.status.toUpperCase()}  ${incident.title}`,
    `  detected ${incident.milestones.detected}  declared ${incident.milestones.declared} by ${incident.declaredBy}  elapsed ${formatDuration(durations.elapsedMs)}`,
  ];
  if (incident.impact) lines.push(`  impact: ${incident.impact}`);
  if (incident.summary) lines.push(`  summary: ${incident.summary}`);
  if (incident.rootCause) lines.push(`  root cause: ${incident.rootCause}`);
  if (incident.tags.length > 0) lines.push(`  tags: ${incident.tags.join(', ')}`);
  lines.push(`  roles: ${ROLES.map((r) => `${ROLE_TITLES[r]}: ${incident.roles[r] ?? '(unfilled)'}`).join(', ')}`);
  const mitigation = mitigationDeadline(incident, policy, now);
  if (mitigation) lines.push(`  mitigation start due ${describeDeadline(mitigation)}`);
  const update = nextUpdateDue(incident, policy, now);
  if (update) lines.push(`  next ${update.label} due ${describeDeadline(update)}`);
  if (incident.frozen) lines.push(`  deploy freeze: ${paintAlert('ON')}`);
  const figures = [
    ['MTTA', durations.timeToAcknowledgeMs],
    ['time to mitigate', durations.timeToMitigateMs],
    ['time to resolve', durations.timeToResolveMs],
  ] as const;
  const known = figures.filter(([, ms]) => ms !== null).map(([label, ms]) => `${label} ${formatDuration(ms!)}`);
  if (known.length > 0) lines.push(`  ${known.join(', ')}`);
  lines.push(`  ${incident.events.length} events, last at ${incident.lastEventAt}`);
  return lines;
}

/** One line per incident for `list`. */
export function formatIncidentLine(incident: IncidentState): string {
  const when = incident.milestones.resolved ? `resolved ${incident.milestones.resolved}` : `declared ${incident.milestones.declared}`;
  return `${incident.id.padEnd(7)} ${paintSeverity(incident.severity)}  ${incident.status.padEnd(13)} ${when}  ${incident.title}`;
}
