/** Milestone-derived durations (MTTA, time to mitigate, time to resolve). Time is passed in. */
import type { IncidentState } from './incident-state.js';

export interface IncidentDurations {
  /** Detection to acknowledgement. */
  timeToAcknowledgeMs: number | null;
  /** Detection to declaration (how long it went unnoticed as an incident). */
  timeToDeclareMs: number | null;
  /** Detection to the first mitigation attempt. */
  timeToMitigationStartMs: number | null;
  /** Detection to mitigated. */
  timeToMitigateMs: number | null;
  /** Detection to resolved. */
  timeToResolveMs: number | null;
  /** Detection to `now`, or to resolution when resolved. */
  elapsedMs: number;
}

function between(from: string, to: string | undefined): number | null {
  if (!to) return null;
  return Math.max(0, Date.parse(to) - Date.parse(from));
}

/** Durations measured from detection; open ones are null until their milestone exists. */
export function incidentDurations(incident: Pick<IncidentState, 'milestones'>, now: Date): IncidentDurations {
  const m = incident.milestones;
  return {
    timeToAcknowledgeMs: between(m.detected, m.acknowledged),
    timeToDeclareMs: between(m.detected, m.declared),
    timeToMitigationStartMs: between(m.detected, m.mitigationStarted),
    timeToMitigateMs: between(m.detected, m.mitigated),
    timeToResolveMs: between(m.detected, m.resolved),
    elapsedMs: between(m.detected, m.resolved ?? now.toISOString()) ?? 0,
  };
}

/** "1h 05m", "4m 09s", "12s": compact for headers and tables. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (hours > 0) return `${hours}h ${pad(minutes)}m`;
  if (minutes > 0) return `${minutes}m ${pad(seconds)}s`;
  return `${seconds}s`;
}
