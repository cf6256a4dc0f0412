/**
 * What a check run puts on the incident timeline: one `check.finished` event, bounded so
 * that a chatty plugin cannot bloat the shared log (full output stays in the console).
 */
import { newEvent, type CheckStatus, type EventDataMap, type NewEvent, type PerfDatum } from '../events.js';
import { isOpen, type IncidentState } from '../incident-state.js';

export const TIMELINE_SUMMARY_MAX = 300;
export const TIMELINE_PERFDATA_MAX = 20;
export const TIMELINE_LABEL_MAX = 60;
export const TIMELINE_THRESHOLD_MAX = 40;

export interface CheckRunRecord {
  name: string;
  status: CheckStatus;
  summary: string;
  durationMs: number;
  timedOut: boolean;
  perfdata: PerfDatum[];
}

/** Shortens text to `max` characters on one line, marking the cut with an ellipsis. */
export function clampLine(text: string, max: number): string {
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

/** The bounded payload of a `check.finished` event. */
export function boundedCheckData(run: CheckRunRecord, previousStatus?: CheckStatus): EventDataMap['check.finished'] {
  const perfdata = run.perfdata.slice(0, TIMELINE_PERFDATA_MAX).map((p) => boundDatum(p));
  return {
    name: run.name,
    status: run.status,
    summary: clampLine(run.summary, TIMELINE_SUMMARY_MAX),
    durationMs: Math.max(0, Math.round(run.durationMs)),
    ...(run.timedOut ? { timedOut: true } : {}),
    ...(perfdata.length > 0 ? { perfdata } : {}),
    ...(previousStatus !== undefined ? { previousStatus } : {}),
  };
}

/** Decision: record check runs on the incident while it is open, each with the state before it; nothing once it is resolved. */
export function recordCheckRuns(incident: IncidentState, runs: readonly CheckRunRecord[]): NewEvent[] {
  if (!isOpen(incident)) return [];
  const last = new Map(Object.values(incident.checks).map((c) => [c.name, c.status]));
  return runs.map((run) => {
    const previous = last.get(run.name);
    last.set(run.name, run.status);
    return newEvent(incident.id, 'check.finished', boundedCheckData(run, previous));
  });
}

function boundDatum(datum: PerfDatum): PerfDatum {
  const bounded: PerfDatum = { ...datum, label: clampLine(datum.label, TIMELINE_LABEL_MAX), uom: datum.uom.slice(0, 10) };
  if (datum.warn !== undefined) bounded.warn = datum.warn.slice(0, TIMELINE_THRESHOLD_MAX);
  if (datum.crit !== undefined) bounded.crit = datum.crit.slice(0, TIMELINE_THRESHOLD_MAX);
  return bounded;
}
