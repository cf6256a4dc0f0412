/** What the incident header says, computed from the folded incident, its severity policy and the time. */
import { mitigationDeadline, nextUpdateDue, type Deadline } from '../../domain/deadlines.js';
import { formatDuration, incidentDurations } from '../../domain/durations.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { ROLES, type Role } from '../../domain/roles.js';
import type { SeverityPolicy } from '../../domain/severity.js';

export const ROLE_SHORT: Record<Role, string> = { commander: 'IC', lead: 'Tech lead', comms: 'Comms', scribe: 'Scribe' };

export interface ClockPart {
  text: string;
  /** Overdue parts are shown in alarm colours. */
  alarm: boolean;
}

export interface RoleSlot {
  role: Role;
  short: string;
  holder: string | undefined;
}

function countdown(label: string, deadline: Deadline): ClockPart {
  const amount = formatDuration(deadline.remainingMs);
  return deadline.overdue ? { text: `${label} OVERDUE ${amount}`, alarm: true } : { text: `${label} in ${amount}`, alarm: false };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The ticking line: elapsed time since detection, the mitigation deadline (counting down, then
 * OVERDUE) and the next update owed. Only this line changes from one second to the next.
 */
export function clockParts(incident: IncidentState, policy: SeverityPolicy, now: Date): ClockPart[] {
  const parts: ClockPart[] = [];
  const elapsed = formatDuration(incidentDurations(incident, now).elapsedMs);
  parts.push({ text: incident.milestones.resolved ? `Lasted ${elapsed}` : `Elapsed ${elapsed}`, alarm: false });
  if (incident.milestones.resolved) return parts;
  const mitigation = mitigationDeadline(incident, policy, now);
  if (mitigation) parts.push(countdown('Mitigate', mitigation));
  else if (incident.milestones.mitigated) parts.push({ text: 'Mitigated', alarm: false });
  else if (incident.milestones.mitigationStarted) parts.push({ text: 'Mitigation under way', alarm: false });
  const update = nextUpdateDue(incident, policy, now);
  if (update) parts.push(countdown(capitalise(update.label), update));
  return parts;
}

/** Every role with its holder; unfilled roles have no holder and are marked on screen. */
export function roleSlots(incident: IncidentState): RoleSlot[] {
  return ROLES.map((role) => ({ role, short: ROLE_SHORT[role], holder: incident.roles[role] }));
}
