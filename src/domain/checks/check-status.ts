/** Nagios plugin states: from exit codes, back to exit codes, ranked, and compared between runs. */
import type { CheckStatus } from '../events.js';

export const CHECK_STATUSES: readonly CheckStatus[] = ['OK', 'WARNING', 'CRITICAL', 'UNKNOWN'];

const BY_EXIT_CODE: readonly CheckStatus[] = ['OK', 'WARNING', 'CRITICAL', 'UNKNOWN'];
const EXIT_CODE: Record<CheckStatus, number> = { OK: 0, WARNING: 1, CRITICAL: 2, UNKNOWN: 3 };
/** How bad a state is: a failing probe outranks one that could not tell, which outranks health. */
const RANK: Record<CheckStatus, number> = { OK: 0, UNKNOWN: 1, WARNING: 2, CRITICAL: 3 };

/** 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN; anything else (126, 127, signals) is UNKNOWN. */
export function statusFromExitCode(code: number | null): CheckStatus {
  return code !== null && Number.isInteger(code) ? (BY_EXIT_CODE[code] ?? 'UNKNOWN') : 'UNKNOWN';
}

/** The Nagios exit code that stands for a state. */
export function exitCodeForStatus(status: CheckStatus): number {
  return EXIT_CODE[status];
}

/** Higher is worse: CRITICAL > WARNING > UNKNOWN > OK. */
export function statusRank(status: CheckStatus): number {
  return RANK[status];
}

/** The worst state in a list; OK for an empty list. */
export function worstStatus(statuses: Iterable<CheckStatus>): CheckStatus {
  let worst: CheckStatus = 'OK';
  for (const status of statuses) if (RANK[status] > RANK[worst]) worst = status;
  return worst;
}

export type StateChange = 'first' | 'unchanged' | 'worse' | 'better';

/** How a result compares with the previous run of the same check. */
export function stateChange(previous: CheckStatus | undefined, current: CheckStatus): StateChange {
  if (previous === undefined) return 'first';
  if (previous === current) return 'unchanged';
  return RANK[current] > RANK[previous] ? 'worse' : 'better';
}

/** Parses "ok", "Critical", ... into a state; undefined for anything else. */
export function parseCheckStatus(text: string): CheckStatus | undefined {
  const upper = text.trim().toUpperCase();
  return CHECK_STATUSES.find((s) => s === upper);
}
