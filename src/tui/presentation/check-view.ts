/**
 * What the console shows about one check: its latest result (from the incident log, or this
 * console's own run when that is newer), in words, glyph and tone. Pure.
 */
import type { CheckStatus, PerfDatum } from '../../domain/events.js';
import type { CheckResultState } from '../../domain/incident-state.js';
import type { RowTone } from '../panes/pane-row.js';
import type { CheckRunOutput } from '../state/check-runs-state.js';

/**
 * A result on the log is this console's own run when it was recorded within this long after the
 * run finished (the recorder batches writes and may wait for the store's lock).
 */
export const SAME_RUN_SLACK_MS = 5000;

export type CheckState = CheckStatus | 'TIMEOUT' | 'running' | 'not run';

/** The latest known result of a check, wherever it came from. */
export interface LatestResult {
  status: CheckStatus;
  summary: string;
  timedOut: boolean;
  durationMs: number;
  /** When it finished (this console's run) or was recorded (the log). */
  at: string;
  previousStatus: CheckStatus | undefined;
  perfdata: PerfDatum[];
  /** The output, when this console made the run. */
  output: CheckRunOutput | undefined;
}

/** Merges the log's latest result with this console's last run of the same check. */
export function latestResult(logged: CheckResultState | undefined, local: CheckRunOutput | undefined): LatestResult | undefined {
  const fromLog = (output?: CheckRunOutput): LatestResult | undefined =>
    logged && { status: logged.status, summary: logged.summary, timedOut: logged.timedOut, durationMs: logged.durationMs, at: logged.at, previousStatus: logged.previousStatus, perfdata: output?.perfdata ?? logged.perfdata, output };
  if (!local) return fromLog();
  const finished = Date.parse(local.finishedAt);
  const recorded = logged ? Date.parse(logged.at) : -Infinity;
  if (finished < recorded - SAME_RUN_SLACK_MS) return fromLog();
  // Recorded at or after it finished: the same run, whose log entry knows the state before it.
  if (logged && finished <= recorded) return fromLog(local);
  return { status: local.status, summary: local.summary, timedOut: local.timedOut, durationMs: local.durationMs, at: local.finishedAt, previousStatus: logged?.status, perfdata: local.perfdata, output: local };
}

const GLYPH: Record<CheckState, string> = { OK: '✓', WARNING: '!', CRITICAL: '✗', UNKNOWN: '?', TIMEOUT: '⧖', running: '»', 'not run': '·' };
const TONE: Record<CheckState, RowTone> = { OK: 'ok', WARNING: 'warning', CRITICAL: 'critical', UNKNOWN: 'unknown', TIMEOUT: 'alarm', running: 'accent', 'not run': 'muted' };

/** A timed-out run is CRITICAL on the log, but shown as TIMEOUT: the probe hung, which is not the same finding as a failure. */
export function stateOf(result: LatestResult | undefined, running: boolean): CheckState {
  if (running) return 'running';
  if (!result) return 'not run';
  return result.timedOut ? 'TIMEOUT' : result.status;
}

/** Glyph and tone of a state; the state's word is always shown next to them (no meaning by colour alone). */
export function stateLook(state: CheckState): { glyph: string; tone: RowTone } {
  return { glyph: GLYPH[state], tone: TONE[state] };
}

/** "12ms", "1.4s", "12s": how long the check took. */
export function formatLatency(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)}s`;
  return `${Math.round(ms / 1000)}s`;
}

/** "4s", "3m", "2h", "5d": how old a result is, in one short word. */
export function formatAge(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)}h`;
  return `${Math.floor(seconds / 86_400)}d`;
}

/** "was OK" when the state differs from the run before; empty otherwise. */
export function changedMark(result: LatestResult | undefined): string {
  if (!result?.previousStatus || result.previousStatus === result.status) return '';
  return `was ${result.previousStatus}`;
}
