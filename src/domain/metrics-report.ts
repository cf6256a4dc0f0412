/** Plain-text rendering of the process metrics for `warroom stats`. */
import { formatDuration } from './durations.js';
import type { Distribution, Metrics, Rate } from './metrics.js';
import { SEVERITIES } from './severity.js';

const verdict = (met: boolean | null | undefined) => (met === undefined ? '' : met === null ? '  (no data)' : met ? '  ok' : '  MISSED');
const ms = (value: number | null) => (value === null ? '—' : formatDuration(value));
const pct = (value: number | null) => (value === null ? '—' : `${Math.round(value * 10) / 10}%`);

function times(label: string, d: Distribution & { targetMinutes?: number; met?: boolean | null }): string {
  const target = d.targetMinutes === undefined ? '' : `  target < ${formatDuration(d.targetMinutes * 60_000)} (median)${verdict(d.met)}`;
  return `    ${label.padEnd(16)} median ${ms(d.medianMs).padEnd(8)} p90 ${ms(d.p90Ms).padEnd(8)} n=${d.count}${target}`;
}

function rateLine(label: string, r: Rate, target: string): string {
  const pending = r.pending > 0 ? `, ${r.pending} not yet due` : '';
  return `  ${label}: ${pct(r.percent)} (${r.met} of ${r.eligible}${pending})  target ${target}${verdict(r.meetsTarget)}`;
}

/** The metrics as lines of text, each measure next to its target and a verdict. */
export function formatMetrics(metrics: Metrics): string[] {
  const { incidents } = metrics;
  const window = metrics.window.from ? `since ${metrics.window.from}` : 'all time';
  const lines = [
    `Incidents (${window}): ${incidents.total}, ${incidents.open} open` +
      (incidents.drillsExcluded > 0 ? `; ${incidents.drillsExcluded} drill(s) not counted` : ''),
    `  by highest severity: ${SEVERITIES.map((s) => `${s} ${incidents.bySeverity[s]}`).join(', ')}`,
  ];
  if (metrics.times.length > 0) lines.push('Response times (from detection):');
  for (const t of metrics.times) {
    lines.push(`  ${t.severity} (${t.incidents})`, times('MTTA', t.mtta), times('time to mitigate', t.timeToMitigate), times('MTTR', t.mttr));
  }
  const pm = metrics.postmortems;
  const fu = metrics.followups;
  const rp = metrics.repeats;
  lines.push(
    'Process:',
    rateLine(`postmortems done within ${pm.withinHours} h (${pm.severities.join('/')})`, pm, `${pm.targetPercent}%`),
    rateLine(`follow-ups closed within ${fu.withinDays} days`, fu, `${fu.targetPercent}%`),
    `  repeat incidents within ${rp.windowDays} days: ${pct(rp.percent)} (${rp.repeats.length} of ${incidents.total})  ` +
      `target < ${rp.targetPercentBelow}%${verdict(rp.meetsTarget)}`,
    ...rp.repeats.map((r) => `    ${r.id} repeats ${r.of} (${r.sharedBy})`),
  );
  return lines;
}
