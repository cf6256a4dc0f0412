/** Deadlines an open incident runs against: mitigation start and the update cadence. */
import type { IncidentState } from './incident-state.js';
import type { SeverityPolicy } from './severity.js';

const MINUTE = 60_000;

export interface Deadline {
  /** What is due, in words ("first public update"). */
  label: string;
  dueAt: string;
  /** Milliseconds until due; negative when overdue. */
  remainingMs: number;
  overdue: boolean;
}

function deadline(label: string, dueMs: number, now: Date): Deadline {
  const remainingMs = dueMs - now.getTime();
  return { label, dueAt: new Date(dueMs).toISOString(), remainingMs, overdue: remainingMs < 0 };
}

/** Mitigation-start deadline; undefined once mitigation started, when resolved, or without one. */
export function mitigationDeadline(incident: IncidentState, policy: SeverityPolicy, now: Date): Deadline | undefined {
  if (policy.mitigationStartMinutes === null) return undefined;
  if (incident.milestones.mitigationStarted || incident.milestones.resolved) return undefined;
  const due = Date.parse(incident.milestones.detected) + policy.mitigationStartMinutes * MINUTE;
  return deadline('mitigation start', due, now);
}

/** Every update currently owed by the cadence, soonest first. Empty once resolved. */
export function updateDeadlines(incident: IncidentState, policy: SeverityPolicy, now: Date): Deadline[] {
  if (incident.status === 'resolved') return [];
  const detected = Date.parse(incident.milestones.detected);
  const declared = Date.parse(incident.milestones.declared);
  const last = (audience: 'customer' | 'internal') =>
    incident.updates.filter((u) => u.audience === audience).at(-1);
  const result: Deadline[] = [];

  const lastPublic = last('customer');
  if (!lastPublic && policy.firstPublicUpdateMinutes !== null) {
    result.push(deadline('first public update', detected + policy.firstPublicUpdateMinutes * MINUTE, now));
  } else if (lastPublic && policy.publicUpdateEveryMinutes !== null) {
    result.push(deadline('public update', Date.parse(lastPublic.at) + policy.publicUpdateEveryMinutes * MINUTE, now));
  }
  if (!lastPublic && policy.customerNoticeMinutes !== null && policy.customerNoticeMinutes !== policy.firstPublicUpdateMinutes) {
    result.push(deadline('customer notice', detected + policy.customerNoticeMinutes * MINUTE, now));
  }
  if (policy.internalUpdateEveryMinutes !== null) {
    const lastInternal = last('internal');
    const from = lastInternal ? Date.parse(lastInternal.at) : declared;
    result.push(deadline('internal update', from + policy.internalUpdateEveryMinutes * MINUTE, now));
  }
  return result.sort((a, b) => a.remainingMs - b.remainingMs);
}

/** The next update due (the soonest), if any. */
export function nextUpdateDue(incident: IncidentState, policy: SeverityPolicy, now: Date): Deadline | undefined {
  return updateDeadlines(incident, policy, now)[0];
}
