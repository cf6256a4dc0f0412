/**
 * Deadlines an incident runs against: mitigation start, the update cadence (DOMAIN.md's
 * severity matrix, overridable per severity) and the 72-hour regulator notice for a possible
 * personal-data breach. Only delivered updates move the cadence: a post every target refused
 * leaves the update still owed.
 */
import { lastDelivered } from './comms/delivered-updates.js';
import type { UpdateAudience } from './events.js';
import type { IncidentState } from './incident-state.js';
import type { SeverityPolicy } from './severity.js';

const MINUTE = 60_000;

/** GDPR Art. 33: notify the supervisory authority within 72 hours of becoming aware. */
export const DEFAULT_BREACH_NOTIFY_HOURS = 72;

export type DeadlineKind = 'mitigation' | 'first-public' | 'customer-notice' | 'public' | 'internal' | 'breach';

export interface Deadline {
  /** What is due, in words ("first public update"). */
  label: string;
  kind: DeadlineKind;
  /** Which audience an update deadline is for. */
  audience?: UpdateAudience;
  dueAt: string;
  /** Milliseconds until due; negative when overdue. */
  remainingMs: number;
  overdue: boolean;
  /** Stable for one occurrence ("public@2026-...Z"): a new update makes a new key (bell-once). */
  key: string;
}

function deadline(kind: DeadlineKind, label: string, dueMs: number, now: Date, audience?: UpdateAudience): Deadline {
  const remainingMs = dueMs - now.getTime();
  const dueAt = new Date(dueMs).toISOString();
  return { label, kind, ...(audience ? { audience } : {}), dueAt, remainingMs, overdue: remainingMs < 0, key: `${kind}@${dueAt}` };
}

/** Mitigation-start deadline; undefined once mitigation started, when resolved, or without one. */
export function mitigationDeadline(incident: IncidentState, policy: SeverityPolicy, now: Date): Deadline | undefined {
  if (policy.mitigationStartMinutes === null) return undefined;
  if (incident.milestones.mitigationStarted || incident.milestones.resolved) return undefined;
  const due = Date.parse(incident.milestones.detected) + policy.mitigationStartMinutes * MINUTE;
  return deadline('mitigation', 'mitigation start', due, now);
}

/** Every update currently owed by the cadence, soonest first. Empty once resolved. */
export function updateDeadlines(incident: IncidentState, policy: SeverityPolicy, now: Date): Deadline[] {
  if (incident.status === 'resolved') return [];
  const detected = Date.parse(incident.milestones.detected);
  const declared = Date.parse(incident.milestones.declared);
  const result: Deadline[] = [];

  const lastPublic = lastDelivered(incident, 'customer');
  if (!lastPublic && policy.firstPublicUpdateMinutes !== null) {
    result.push(deadline('first-public', 'first public update', detected + policy.firstPublicUpdateMinutes * MINUTE, now, 'customer'));
  } else if (lastPublic && policy.publicUpdateEveryMinutes !== null) {
    result.push(deadline('public', 'public update', Date.parse(lastPublic.at) + policy.publicUpdateEveryMinutes * MINUTE, now, 'customer'));
  }
  if (!lastPublic && policy.customerNoticeMinutes !== null && policy.customerNoticeMinutes !== policy.firstPublicUpdateMinutes) {
    result.push(deadline('customer-notice', 'customer notice', detected + policy.customerNoticeMinutes * MINUTE, now, 'customer'));
  }
  if (policy.internalUpdateEveryMinutes !== null) {
    const lastInternal = lastDelivered(incident, 'internal');
    const from = lastInternal ? Date.parse(lastInternal.at) : declared;
    result.push(deadline('internal', 'internal update', from + policy.internalUpdateEveryMinutes * MINUTE, now, 'internal'));
  }
  return result.sort((a, b) => a.remainingMs - b.remainingMs);
}

/** The next update due (the soonest), if any. */
export function nextUpdateDue(incident: IncidentState, policy: SeverityPolicy, now: Date): Deadline | undefined {
  return updateDeadlines(incident, policy, now)[0];
}

/**
 * Minutes until the next update an audience should be promised after posting now: the
 * audience's interval, else the other one, else an hour, so every update can name a time.
 */
export function updateIntervalMinutes(policy: SeverityPolicy, audience: UpdateAudience): number {
  const own = audience === 'customer' ? policy.publicUpdateEveryMinutes : policy.internalUpdateEveryMinutes;
  const other = audience === 'customer' ? policy.internalUpdateEveryMinutes : policy.publicUpdateEveryMinutes;
  return own ?? other ?? 60;
}

/** When the next update is due if one for `audience` is posted at `postedAt`, rounded up to the minute. */
export function nextUpdateAfterPosting(policy: SeverityPolicy, audience: UpdateAudience, postedAt: Date): Date {
  const due = postedAt.getTime() + updateIntervalMinutes(policy, audience) * MINUTE;
  return new Date(Math.ceil(due / MINUTE) * MINUTE);
}

/**
 * The regulator-notification countdown for a possible personal-data breach, measured from
 * detection. It outlives resolution: the duty to notify does not end when service is back.
 */
export function breachDeadline(
  incident: Pick<IncidentState, 'breach' | 'milestones'>,
  now: Date,
  hours: number = DEFAULT_BREACH_NOTIFY_HOURS,
): Deadline | undefined {
  if (!incident.breach) return undefined;
  const due = Date.parse(incident.milestones.detected) + hours * 60 * MINUTE;
  return deadline('breach', 'regulator notification', due, now);
}
