/** What the incident header says, computed from the folded incident, its severity policy and the time. */
import { headerCountdowns } from '../../domain/comms/cadence-alerts.js';
import { mitigationDeadline, type Deadline, type DeadlineKind } from '../../domain/deadlines.js';
import { formatDuration, incidentDurations } from '../../domain/durations.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { ROLES, type Role } from '../../domain/roles.js';
import type { SeverityPolicy } from '../../domain/severity.js';

export const ROLE_SHORT: Record<Role, string> = { commander: 'IC', lead: 'Tech lead', comms: 'Comms', scribe: 'Scribe' };

export interface ClockPart {
  text: string;
  /** Overdue parts are shown in alarm colours. */
  alarm: boolean;
  /** The same in fewer columns, used when the full line does not fit. */
  short?: string;
}

export interface RoleSlot {
  role: Role;
  short: string;
  holder: string | undefined;
}

const SHORT_LABELS: Record<DeadlineKind, string> = {
  mitigation: 'Mitigate',
  'first-public': '1st public upd',
  'customer-notice': 'Cust notice',
  public: 'Public upd',
  internal: 'Internal upd',
  breach: 'Regulator',
};

function countdown(label: string, deadline: Deadline): ClockPart {
  const amount = formatDuration(deadline.remainingMs);
  const short = SHORT_LABELS[deadline.kind];
  return deadline.overdue
    ? { text: `${label} OVERDUE ${amount}`, alarm: true, short: `${short} LATE ${amount}` }
    : { text: `${label} in ${amount}`, alarm: false, short: `${short} ${amount}` };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The ticking line: elapsed time since detection, the mitigation deadline (counting down, then
 * OVERDUE), the next update owed and, for a possible personal-data breach, the regulator
 * notification (which outlives resolution). Only this line changes from one second to the next.
 */
export function clockParts(incident: IncidentState, policy: SeverityPolicy, now: Date, breachHours?: number): ClockPart[] {
  const parts: ClockPart[] = [];
  const elapsed = formatDuration(incidentDurations(incident, now).elapsedMs);
  parts.push({ text: incident.milestones.resolved ? `Lasted ${elapsed}` : `Elapsed ${elapsed}`, alarm: false, short: `T+${elapsed}` });
  const { update, breach } = headerCountdowns(incident, policy, now, breachHours);
  const regulator = breach ? [countdown('Regulator notice', breach.deadline)] : [];
  if (incident.milestones.resolved) return [...parts, ...regulator];
  const mitigation = mitigationDeadline(incident, policy, now);
  if (mitigation) parts.push(countdown('Mitigate', mitigation));
  else if (incident.milestones.mitigated) parts.push({ text: 'Mitigated', alarm: false });
  else if (incident.milestones.mitigationStarted) parts.push({ text: 'Mitigation under way', alarm: false });
  if (update) parts.push(countdown(capitalise(update.deadline.label), update.deadline));
  return [...parts, ...regulator];
}

/** The parts as they fit in `width` columns: full wording when it fits, else the short one. */
export function fitClockParts(parts: readonly ClockPart[], width: number): { parts: string[]; gap: string } {
  const full = parts.map((p) => p.text);
  if (full.join('   ').length <= width) return { parts: full, gap: '   ' };
  return { parts: parts.map((p) => p.short ?? p.text), gap: '  ' };
}

/** Every role with its holder; unfilled roles have no holder and are marked on screen. */
export function roleSlots(incident: IncidentState): RoleSlot[] {
  return ROLES.map((role) => ({ role, short: ROLE_SHORT[role], holder: incident.roles[role] }));
}
