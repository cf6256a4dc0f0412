/** The entries of the severity, status and role pickers, with the words shown beside each. */
import { OPEN_STATUSES, type OpenStatus } from '../../domain/events.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { ROLES, ROLE_DUTIES, ROLE_TITLES, type Role } from '../../domain/roles.js';
import { SEVERITIES, type Severity, type SeverityPolicies, type SeverityPolicy } from '../../domain/severity.js';

export interface SeverityChoice {
  severity: Severity;
  label: string;
  meaning: string;
  /** The response it commits to, in a few words ("mitigate within 5m · public update 15m"). */
  commitments: string;
}

const minutes = (m: number) => (m >= 60 && m % 60 === 0 ? `${m / 60}h` : `${m}m`);

function commitments(policy: SeverityPolicy): string {
  const parts: string[] = [];
  if (policy.mitigationStartMinutes !== null) parts.push(`mitigate within ${minutes(policy.mitigationStartMinutes)}`);
  if (policy.firstPublicUpdateMinutes !== null) parts.push(`public update ${minutes(policy.firstPublicUpdateMinutes)}`);
  if (policy.internalUpdateEveryMinutes !== null) parts.push(`internal update every ${minutes(policy.internalUpdateEveryMinutes)}`);
  if (policy.freezeDeploys) parts.push('deploy freeze');
  return parts.length > 0 ? parts.join(' · ') : 'no deadlines: a ticket, not an incident';
}

/** Every severity level, most severe first, as the configured policies describe it. */
export function severityChoices(policies: SeverityPolicies): SeverityChoice[] {
  return SEVERITIES.map((severity) => ({
    severity,
    label: policies[severity].label,
    meaning: policies[severity].meaning,
    commitments: commitments(policies[severity]),
  }));
}

export const STATUS_MEANINGS: Record<OpenStatus, string> = {
  investigating: 'still looking for the cause',
  identified: 'the cause is known and a fix or mitigation is under way',
  monitoring: 'a fix is in place; watching that it holds',
};

export interface StatusChoice {
  status: OpenStatus;
  meaning: string;
}

/** The statuses a responder can set by hand (resolving is its own, checked flow). */
export function statusChoices(): StatusChoice[] {
  return OPEN_STATUSES.map((status) => ({ status, meaning: STATUS_MEANINGS[status] }));
}

export interface RoleChoice {
  role: Role;
  title: string;
  duties: string;
  holder: string | undefined;
}

/** Every role with its current holder. */
export function roleChoices(incident: Pick<IncidentState, 'roles'>): RoleChoice[] {
  return ROLES.map((role) => ({ role, title: ROLE_TITLES[role], duties: ROLE_DUTIES[role], holder: incident.roles[role] }));
}
