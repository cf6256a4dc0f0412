/** Deploy history and change logs as JSON Lines: read from a file, or from a command's stdout. */
import { readFile } from 'node:fs/promises';
import { parseChangeLines } from '../domain/changes/change-lines.js';
import type { ChangeSourceType, SourceLoad, SourceReport } from '../domain/changes/change-model.js';
import { buildChildEnv, formatSeconds, runProcess } from '../process/run-process.js';

type RecordSourceType = Exclude<ChangeSourceType, 'git'>;

export interface RecordFileSpec {
  label: string;
  sourceType: RecordSourceType;
  /** Absolute path of the JSON Lines file. */
  file: string;
}

export interface RecordCommandSpec {
  label: string;
  argv: string[];
  cwd: string;
  timeoutMs: number;
  env: Record<string, string>;
  passEnv: string[];
}

/** Plenty for years of deploys; the newest lines are at the end and survive a cut. */
const MAX_COMMAND_OUTPUT = 8 * 1024 * 1024;

/** Reads a JSON Lines file; a missing or unreadable file is the source's error, bad lines are listed. */
export async function loadRecordFile(spec: RecordFileSpec, options: { sinceMs?: number | undefined } = {}): Promise<SourceLoad> {
  const started = performance.now();
  const report: SourceReport = { source: spec.label, sourceType: spec.sourceType, origin: spec.file, count: 0, lineErrors: [] };
  let text: string;
  try {
    text = await readFile(spec.file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot read (${code ?? (error as Error).message})`;
    return { changes: [], report: { ...report, error: `${spec.file}: ${why}` } };
  }
  const parsed = parseChangeLines({ text, origin: spec.file, source: spec.label, sourceType: spec.sourceType, sinceMs: options.sinceMs });
  return {
    changes: parsed.changes,
    earlierDeploys: parsed.earlierDeploys,
    report: { ...report, count: parsed.changes.length, lineErrors: parsed.errors, durationMs: Math.round(performance.now() - started) },
  };
}

/**
 * Runs a deploy-history command (a `helm history` or `kubectl rollout history` wrapper, a CI
 * export) and parses its stdout. If it fails or times out nothing it printed is used: partial
 * history could make an older deploy look like the latest one.
 */
export async function loadRecordCommand(
  spec: RecordCommandSpec,
  options: { sinceMs?: number | undefined; signal?: AbortSignal | undefined; env?: NodeJS.ProcessEnv | undefined } = {},
): Promise<SourceLoad> {
  const name = spec.argv[0] ?? '(empty command)';
  const report: SourceReport = { source: spec.label, sourceType: 'deploys', origin: spec.argv.join(' '), count: 0, lineErrors: [] };
  const result = await runProcess({
    argv: spec.argv,
    cwd: spec.cwd,
    env: buildChildEnv(options.env ?? process.env, spec.passEnv, spec.env),
    timeoutMs: spec.timeoutMs,
    maxOutputBytes: MAX_COMMAND_OUTPUT,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const done = { ...report, durationMs: result.durationMs };
  if (result.timedOut) return { changes: [], report: { ...done, error: `${name} timed out after ${formatSeconds(spec.timeoutMs)}` } };
  if (result.error || result.exitCode !== 0) {
    const why = result.error ?? `${name} exited with ${result.exitCode === null ? `signal ${result.signal}` : `code ${result.exitCode}`}`;
    const detail = lastLine(result.stderr);
    return { changes: [], report: { ...done, error: detail ? `${why}: ${detail}` : why } };
  }
  // A cut keeps the end; the first kept line is partial, so it goes.
  const text = result.truncated ? result.stdout.slice(result.stdout.indexOf('\n') + 1) : result.stdout;
  const origin = `${name} (stdout${result.truncated ? ', oldest lines cut' : ''})`;
  const parsed = parseChangeLines({ text, origin, source: spec.label, sourceType: 'deploys', sinceMs: options.sinceMs });
  return {
    changes: parsed.changes,
    earlierDeploys: parsed.earlierDeploys,
    report: { ...done, count: parsed.changes.length, lineErrors: parsed.errors, ...(result.truncated ? { truncated: true } : {}) },
  };
}

function lastLine(text: string): string | undefined {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).at(-1);
}
