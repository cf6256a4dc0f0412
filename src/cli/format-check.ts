/** How `warroom check` prints results: one aligned line per check, or JSON. */
import type { CheckResult } from '../checks/check-runner.js';
import type { CheckStatus } from '../domain/events.js';
import { paintAlert, paintStatus } from './paint.js';

/** One line: state, name, summary, latency; a timeout and a change since the last run are spelled out. */
export function formatCheckLine(result: CheckResult, nameWidth: number, previousStatus?: CheckStatus): string {
  const changed = previousStatus !== undefined && previousStatus !== result.status ? `  (was ${previousStatus})` : '';
  const timedOut = result.timedOut ? paintAlert('  [timed out]') : '';
  const summary = result.summary.replace(/\s+/g, ' ');
  return `${paintStatus(result.status, result.status.padEnd(8))}  ${result.name.padEnd(nameWidth)}  ${summary}  ${result.durationMs} ms${timedOut}${changed}`;
}

/** The `--json` shape of one result. */
export function checkResultJson(result: CheckResult) {
  return {
    name: result.name,
    group: result.group,
    status: result.status,
    summary: result.summary,
    durationMs: result.durationMs,
    timedOut: result.timedOut,
    exitCode: result.exitCode,
    perfdata: result.perfdata,
  };
}
