/**
 * The checks this console has in flight and the raw output of the last run of each. The incident
 * log keeps results (state, summary, duration, perfdata) but never the output, which can be large
 * and may hold details not meant for a shared timeline; so the detail view reads it from here.
 */
import type { CheckStatus, PerfDatum } from '../../domain/events.js';
import type { ConsoleAction } from './console-state.js';

/** Lines of output kept per stream, and the width of each: enough to diagnose, bounded in memory. */
export const OUTPUT_TAIL_LINES = 200;
export const OUTPUT_LINE_MAX = 400;

/** The last run of one check by this console, with its output. */
export interface CheckRunOutput {
  name: string;
  status: CheckStatus;
  summary: string;
  timedOut: boolean;
  durationMs: number;
  finishedAt: string;
  exitCode: number | null;
  argv: string[];
  perfdata: PerfDatum[];
  /** The last lines of each stream (at most OUTPUT_TAIL_LINES). */
  stdout: string[];
  stderr: string[];
  /** Lines were dropped: by the runner's byte cap or by the line cap here. */
  truncated: boolean;
}

export interface CheckRunsState {
  /** Check name → when this console started it; present while it runs. */
  running: Record<string, string>;
  outputs: Record<string, CheckRunOutput>;
}

export type CheckRunsAction =
  | { type: 'checks/started'; names: string[]; at: string }
  | { type: 'checks/finished'; output: CheckRunOutput }
  /** A run that ended without a result (cancelled on the way out). */
  | { type: 'checks/abandoned'; name: string };

/** Nothing running, no output yet. */
export function initialCheckRunsState(): CheckRunsState {
  return { running: {}, outputs: {} };
}

/** The last `OUTPUT_TAIL_LINES` lines of `text`, each cut to `OUTPUT_LINE_MAX` characters. */
export function tailLines(text: string): { lines: string[]; cut: boolean } {
  if (text === '') return { lines: [], cut: false };
  const all = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  const lines = all.slice(-OUTPUT_TAIL_LINES);
  let cut = all.length > lines.length;
  const clipped = lines.map((line) => {
    if (line.length <= OUTPUT_LINE_MAX) return line;
    cut = true;
    return `${line.slice(0, OUTPUT_LINE_MAX - 1)}…`;
  });
  return { lines: clipped, cut };
}

function without(record: Record<string, string>, name: string): Record<string, string> {
  const next = { ...record };
  delete next[name];
  return next;
}

/** Reduces one action; returns the same object when nothing changed. */
export function reduceCheckRuns(runs: CheckRunsState, a: ConsoleAction): CheckRunsState {
  switch (a.type) {
    case 'checks/started': {
      const fresh = a.names.filter((name) => runs.running[name] === undefined);
      if (fresh.length === 0) return runs;
      return { ...runs, running: { ...runs.running, ...Object.fromEntries(fresh.map((name) => [name, a.at])) } };
    }
    case 'checks/finished':
      return { running: without(runs.running, a.output.name), outputs: { ...runs.outputs, [a.output.name]: a.output } };
    case 'checks/abandoned':
      return runs.running[a.name] === undefined ? runs : { ...runs, running: without(runs.running, a.name) };
    default:
      return runs;
  }
}
