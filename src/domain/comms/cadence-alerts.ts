/**
 * What the console does about deadlines: the countdown text for the header and the
 * bell-once rule. A terminal bell that rings every second is switched off by the second
 * minute, so each overdue deadline rings exactly once; a new update makes a new deadline.
 */
import { breachDeadline, updateDeadlines, type Deadline } from '../deadlines.js';
import { formatDuration } from '../durations.js';
import type { IncidentState } from '../incident-state.js';
import type { SeverityPolicy } from '../severity.js';

export interface BellDecision {
  /** Ring the bell now. */
  ring: boolean;
  /** The deadlines that became overdue since the last decision. */
  newlyOverdue: Deadline[];
  /** Keys that have rung; pass back in next time. Only keys still current are kept. */
  rung: string[];
}

/** Rings once per overdue deadline: `rung` is what the caller remembered from the last call. */
export function decideBell(deadlines: readonly Deadline[], rung: readonly string[]): BellDecision {
  const already = new Set(rung);
  const newlyOverdue = deadlines.filter((d) => d.overdue && !already.has(d.key));
  const current = new Set(deadlines.map((d) => d.key));
  const kept = rung.filter((key) => current.has(key));
  return { ring: newlyOverdue.length > 0, newlyOverdue, rung: [...kept, ...newlyOverdue.map((d) => d.key)] };
}

export interface Countdown {
  deadline: Deadline;
  /** "first public update in 4m 10s" or "first public update OVERDUE by 1m 00s". */
  text: string;
  overdue: boolean;
}

/** One countdown line for a deadline. */
export function countdown(deadline: Deadline): Countdown {
  const text = deadline.overdue
    ? `${deadline.label} OVERDUE by ${formatDuration(-deadline.remainingMs)}`
    : `${deadline.label} in ${formatDuration(deadline.remainingMs)}`;
  return { deadline, text, overdue: deadline.overdue };
}

export interface HeaderCountdowns {
  update?: Countdown;
  breach?: Countdown;
  /** Every deadline the bell should watch (all owed updates, not only the soonest). */
  watched: Deadline[];
}

/** The header's countdowns: the next update due and, when flagged, the breach notification. */
export function headerCountdowns(
  incident: IncidentState,
  policy: SeverityPolicy,
  now: Date,
  breachHours?: number,
): HeaderCountdowns {
  const updates = updateDeadlines(incident, policy, now);
  const update = updates[0];
  const breach = breachDeadline(incident, now, breachHours);
  return {
    ...(update ? { update: countdown(update) } : {}),
    ...(breach ? { breach: countdown(breach) } : {}),
    watched: breach ? [...updates, breach] : updates,
  };
}
