/** What the "what changed" view works with: one change from any source, and how each source loaded. */
import type { ChangeKind } from '../events.js';

/** Kinds a JSON Lines record may carry (commits only come from git). */
export const RECORD_KINDS = ['deploy', 'config', 'flag', 'migration', 'secret', 'dns', 'tls', 'dependency', 'infra'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export type ChangeSourceType = 'git' | 'deploys' | 'changelog';

/** One change, whatever its source. `at` is canonical ISO UTC (toISOString), so text order is time order. */
export interface Change {
  /** Stable across reloads: `git:<label>:<hash>`, `deploy:<label>:<service>@<version>@<at>`, ... */
  id: string;
  at: string;
  kind: ChangeKind;
  /** The source's label. */
  source: string;
  sourceType: ChangeSourceType;
  title: string;
  actor: string;
  /** Commit hash, deployed version or ref. */
  ref?: string;
  /** What was there before: the first parent of a commit, the previous version of a deployed service. */
  previousRef?: string;
  service?: string;
  /** The deploy ran a database migration (rollback caution). */
  migration?: boolean;
  /** This deploy rolled back the named version. */
  rollbackOf?: string;
  /** A merge commit (more than one parent). */
  merge?: boolean;
  filesChanged?: number;
  insertions?: number;
  deletions?: number;
  description?: string;
  /** Where a JSON Lines record came from, for its details view and error messages. */
  origin?: string;
  /** The record as written (JSON Lines sources), shown in full as the change's details. */
  record?: Record<string, unknown>;
}

/** A line of a JSON Lines source that could not be used, with where it is and why. */
export interface LineError {
  origin: string;
  line: number;
  message: string;
}

/** How one source loaded: its error if it failed as a whole, bad lines if some were skipped. */
export interface SourceReport {
  source: string;
  sourceType: ChangeSourceType;
  /** File path, repository path or command name: what to look at when it fails. */
  origin: string;
  count: number;
  error?: string;
  lineErrors: LineError[];
  /** The source returned more than it was allowed to; the oldest were left out. */
  truncated?: boolean;
  durationMs?: number;
}

/** A source still being read: named in the view until its changes (or its error) arrive. */
export interface PendingSource {
  source: string;
  sourceType: ChangeSourceType;
  /** File path, repository path or command line. */
  origin: string;
  /** How long it may take before it is given up (commands and git), if bounded. */
  timeoutMs?: number;
}

/** A deploy from before the window, kept only to find rollback targets. */
export interface DeployMark {
  atMs: number;
  service: string;
  ref: string;
  /** The version this deploy rolled back. */
  rollbackOf?: string;
}

/** The result of loading one source; never thrown, so one broken source cannot hide the others. */
export interface SourceLoad {
  changes: Change[];
  report: SourceReport;
  earlierDeploys?: DeployMark[];
}

/** How many bad lines of one source are listed one by one; the rest are counted. */
export const LISTED_LINE_ERRORS = 20;

const badLines = (count: number) => `${count} more bad line${count === 1 ? '' : 's'}`;
const truncatedText = (report: SourceReport) => `only ${report.count} changes were read: it holds more than its limit (maxCommits, or a command's output cap)`;

/** A one-line description of a source's problems (the first bad line), or undefined when it loaded cleanly. */
export function describeSourceProblem(report: SourceReport): string | undefined {
  if (report.error) return `${report.source}: ${report.error}`;
  const first = report.lineErrors[0];
  if (!first) return report.truncated ? `${report.source}: ${truncatedText(report)}` : undefined;
  const more = report.lineErrors.length > 1 ? ` (and ${badLines(report.lineErrors.length - 1)})` : '';
  return `${report.source}: ${first.origin}:${first.line}: ${first.message}${more}`;
}

/**
 * A source's problems in full: its error, or a heading and every bad line as `file:line: why`
 * (indented; the first `limit`, then how many more), so each can be fixed in one pass.
 */
export function sourceProblemLines(report: SourceReport, limit = LISTED_LINE_ERRORS): string[] {
  if (report.error) return [`${report.source}: ${report.error}`];
  const errors = report.lineErrors;
  const notes = [errors.length > 0 ? `${errors.length} bad line${errors.length === 1 ? '' : 's'} skipped` : undefined, report.truncated ? truncatedText(report) : undefined];
  const heading = notes.filter((n) => n !== undefined).join('; ');
  if (heading === '') return [];
  const listed = errors.slice(0, limit).map((e) => `  ${e.origin}:${e.line}: ${e.message}`);
  const rest = errors.length - listed.length;
  return [`${report.source}: ${heading}${errors.length > 0 ? ':' : ''}`, ...listed, ...(rest > 0 ? [`  … and ${badLines(rest)}`] : [])];
}
