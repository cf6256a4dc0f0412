/**
 * The checks' standing when someone marks the incident mitigated by hand: their last results on
 * the incident, and which are not OK. Marking it is the responder's call (impact can stop before
 * a lagging check or a draining queue says so), but it is made with the checks in view and the
 * ones not OK are noted with the milestone.
 */
import type { CheckStatus } from '../events.js';
import type { IncidentState } from '../incident-state.js';

export interface CheckStanding {
  name: string;
  /** Undefined when the check has not run on this incident. */
  status: CheckStatus | undefined;
  summary: string;
  at: string | undefined;
}

/** The named checks' last results on the incident, in the order given. */
export function checkStandings(incident: Pick<IncidentState, 'checks'>, names: readonly string[]): CheckStanding[] {
  return names.map((name) => {
    const result = incident.checks[name];
    return { name, status: result?.status, summary: result?.summary ?? '', at: result?.at };
  });
}

/** "queue-depth CRITICAL, redis not run" for the checks that are not OK; undefined when all are. */
export function notOkSummary(standings: readonly CheckStanding[]): string | undefined {
  const bad = standings.filter((s) => s.status !== 'OK').map((s) => `${s.name} ${s.status ?? 'not run'}`);
  return bad.length > 0 ? bad.join(', ') : undefined;
}

/** The note recorded with a mitigation marked while checks were not OK. */
export function mitigationNote(standings: readonly CheckStanding[]): string | undefined {
  const summary = notOkSummary(standings);
  return summary ? `marked while checks were not OK: ${summary}` : undefined;
}
