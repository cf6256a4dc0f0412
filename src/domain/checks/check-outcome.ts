/**
 * Turns what happened to a check's process into a check result: state, summary, perfdata.
 * A timeout is CRITICAL and flagged as such (the probe hung, which is itself a finding);
 * a check that could not run at all is UNKNOWN with the reason as its summary.
 */
import type { CheckStatus, PerfDatum } from '../events.js';
import { statusFromExitCode } from './check-status.js';
import { clampLine } from './check-timeline.js';
import { parsePluginOutput } from './plugin-output.js';

/** The parts of a finished process that decide a check's result. */
export interface ProcessOutcome {
  exitCode: number | null;
  signal: string | null;
  /** The tail of stdout. */
  stdout: string;
  /** Stdout's first line, kept apart from the tail (the summary and perfdata of a long report). */
  stdoutFirstLine?: string;
  stderr: string;
  timedOut: boolean;
  cancelled: boolean;
  notFound: boolean;
  notExecutable: boolean;
  error?: string;
}

export interface CheckVerdict {
  status: CheckStatus;
  summary: string;
  longOutput: string;
  perfdata: PerfDatum[];
  timedOut: boolean;
}

/** A summary is one line of at most this many characters, however long the plugin's first line. */
export const CHECK_SUMMARY_MAX = 1_000;

/** The check result for a finished process; `program` is the command as configured. */
export function judgeCheckRun(outcome: ProcessOutcome, program: string): CheckVerdict {
  const verdict = judge(outcome, program);
  return { ...verdict, summary: clampLine(verdict.summary, CHECK_SUMMARY_MAX) };
}

function judge(outcome: ProcessOutcome, program: string): CheckVerdict {
  const parsed = parsePluginOutput(pluginStdout(outcome));
  const base = { longOutput: parsed.longOutput, perfdata: parsed.perfdata, timedOut: false };
  if (outcome.timedOut) return { ...base, status: 'CRITICAL', summary: outcome.error ?? 'timed out', timedOut: true };
  if (outcome.notFound) return { ...base, status: 'UNKNOWN', summary: `command not found: ${program}` };
  if (outcome.cancelled) return { ...base, status: 'UNKNOWN', summary: 'cancelled before it finished' };
  if (outcome.exitCode === null) {
    const why = outcome.error ?? (outcome.signal ? `killed by ${outcome.signal}` : 'did not run');
    return { ...base, status: 'UNKNOWN', summary: why };
  }
  const status = statusFromExitCode(outcome.exitCode);
  const text = parsed.summary || firstLine(outcome.stderr) || `no output (exit code ${outcome.exitCode})`;
  // Outside 0-3 the plugin did not speak the convention (126/127 from env, a crash): say so.
  const summary = outcome.exitCode >= 0 && outcome.exitCode <= 3 ? text : `exit code ${outcome.exitCode}: ${text}`;
  return { ...base, status, summary };
}

/** Stdout as the plugin wrote it as far as it was kept: when the tail lost the first line, that line, then the tail's whole lines. */
function pluginStdout({ stdout, stdoutFirstLine }: ProcessOutcome): string {
  if (stdoutFirstLine === undefined || stdoutFirstLine === '' || stdout.startsWith(stdoutFirstLine)) return stdout;
  const cut = stdout.indexOf('\n');
  return `${stdoutFirstLine}\n${cut < 0 ? '' : stdout.slice(cut + 1)}`;
}

function firstLine(text: string): string {
  return text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
}
