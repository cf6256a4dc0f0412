/** What the "mark mitigated" confirmation (M) says: what it records, and every check's last result. Pure. */
import { notOkSummary, type CheckStanding } from '../../domain/actions/mitigation-checks.js';
import type { LineTone } from '../../domain/actions/preflight-lines.js';
import { formatDuration } from '../../domain/durations.js';
import type { ViewLine } from './action-view.js';

const STATUS_TONE: Record<string, LineTone> = { OK: 'ok', WARNING: 'warn', CRITICAL: 'bad', UNKNOWN: 'warn' };

/** The dialog's lines for an incident detected at `detectedAt`, at `now` (ms). */
export function mitigateLines(incidentId: string, detectedAt: string, standings: readonly CheckStanding[], now: number): ViewLine[] {
  const since = formatDuration(now - Date.parse(detectedAt));
  const lines: ViewLine[] = [
    { text: `Impact has stopped for users: record ${incidentId} as mitigated now, ${since} after detection (the time to mitigate).`, tone: 'normal' },
    { text: '', tone: 'normal' },
  ];
  if (standings.length === 0) return [...lines, { text: 'No checks are configured: confirm by hand that service is back first.', tone: 'warn' }];
  const ok = standings.filter((s) => s.status === 'OK').length;
  const width = Math.max(...standings.map((s) => s.name.length));
  lines.push({ text: `Checks, as last run: ${ok}/${standings.length} OK`, tone: ok === standings.length ? 'ok' : 'bad' });
  for (const s of standings) {
    const age = s.at ? `  (${formatDuration(now - Date.parse(s.at))} ago)` : '';
    const text = `  ${(s.status ?? 'not run').padEnd(8)}  ${s.name.padEnd(width)}  ${s.summary.replace(/\s+/g, ' ')}${age}`;
    lines.push({ text, tone: s.status ? (STATUS_TONE[s.status] ?? 'normal') : 'dim', indent: 14 + width });
  }
  const notOk = notOkSummary(standings);
  if (!notOk) return lines;
  return [
    ...lines,
    { text: '', tone: 'normal' },
    { text: `Not every check is OK: ${notOk}.`, tone: 'bad' },
    { text: 'Mark it mitigated only if users are no longer affected (a queue still draining, a check that lags behind); the checks not OK are noted with it.', tone: 'warn' },
  ];
}
