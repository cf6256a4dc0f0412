/** A git repository as a change source: the commits of one windowed `git log`, and a commit's stat summary. */
import { stat } from 'node:fs/promises';
import type { Change, SourceLoad, SourceReport } from '../domain/changes/change-model.js';
import { gitLogArgv, gitShowArgv, parseGitLog } from '../domain/changes/git-log.js';
import { runGit, type GitCommandOptions } from './git-command.js';

export interface GitSourceSpec {
  label: string;
  /** Absolute path of the repository. */
  repo: string;
  ref?: string | undefined;
  timeoutMs: number;
  maxCommits: number;
}

export interface LoadOptions {
  sinceMs: number;
  /**
   * Detection time. When set, the commits before it get a walk of their own (bounded by
   * `--until`), so a busy history after detection never crowds out the ones that matter.
   */
  detectedMs?: number | undefined;
  signal?: AbortSignal | undefined;
  env?: NodeJS.ProcessEnv | undefined;
}

// Generous: a commit record is well under 1 KiB, so this only trips on absurd subjects.
const BYTES_PER_COMMIT = 2_048;

/** One `git log` walk's commits, newest first, or why it failed. */
type WalkRead = { ok: true; changes: Change[]; truncated: boolean; durationMs: number };
type WalkFailed = { ok: false; error: string; durationMs: number };
type Walk = WalkRead | WalkFailed;

/**
 * Loads the repository's commits since the window start; failure is reported, never thrown.
 * With a detection time inside the window, two walks run at once: up to `maxCommits` before
 * detection and up to `maxCommits` after it (the newest), so an incident in the middle of a long
 * history still shows what led up to it.
 */
export async function loadGitSource(spec: GitSourceSpec, options: LoadOptions): Promise<SourceLoad> {
  const report: SourceReport = { source: spec.label, sourceType: 'git', origin: spec.repo, count: 0, lineErrors: [] };
  const missing = await missingDirectory(spec.repo);
  if (missing) return { changes: [], report: { ...report, error: missing } };
  const git = { repo: spec.repo, timeoutMs: spec.timeoutMs, signal: options.signal, env: options.env };
  // A folder inside a repository (a service in a monorepo) shows the commits that touched it,
  // never the whole enclosing repository's.
  const prefix = await runGit(['rev-parse', '--show-prefix'], { ...git, maxOutputBytes: 64 * 1024 });
  if (!prefix.ok) return { changes: [], report: { ...report, error: prefix.error!, durationMs: prefix.durationMs } };
  const pathspec = prefix.stdout.trim() === '' ? undefined : '.';
  const { sinceMs, detectedMs } = options;
  const spans = detectedMs !== undefined && detectedMs > sinceMs ? [{ sinceMs: detectedMs }, { sinceMs, untilMs: detectedMs }] : [{ sinceMs }];
  const walks = await Promise.all(spans.map((span) => walkLog(spec, git, { ...span, pathspec })));
  const durationMs = Math.max(...walks.map((w) => w.durationMs));
  const failed = walks.find((w): w is WalkFailed => !w.ok);
  if (failed) return { changes: [], report: { ...report, error: failed.error, durationMs } };
  const read = walks as WalkRead[];
  // Newest first: after detection, then before it; a commit of the second both walks cover appears once.
  const changes = [...new Map(read.flatMap((w) => w.changes).map((c) => [c.id, c] as const)).values()];
  const truncated = read.some((w) => w.truncated);
  return { changes, report: { ...report, count: changes.length, durationMs, ...(truncated ? { truncated: true } : {}) } };
}

async function walkLog(
  spec: GitSourceSpec,
  git: Omit<GitCommandOptions, 'maxOutputBytes'>,
  span: { sinceMs: number; untilMs?: number; pathspec: string | undefined },
): Promise<Walk> {
  const output = await runGit(gitLogArgv({ ref: spec.ref, ...span, maxCommits: spec.maxCommits + 1 }), {
    ...git,
    maxOutputBytes: (spec.maxCommits + 1) * BYTES_PER_COMMIT,
  });
  if (!output.ok) {
    // A repository without commits has nothing to show; that is not a failure.
    if (/does not have any commits yet/.test(output.error ?? '') && spec.ref === undefined) {
      return { ok: true, changes: [], truncated: false, durationMs: output.durationMs };
    }
    const error = spec.ref && /unknown revision|bad revision|ambiguous argument/.test(output.error ?? '')
      ? `ref "${spec.ref}" does not exist in ${spec.repo}`
      : output.error!;
    return { ok: false, error, durationMs: output.durationMs };
  }
  // One commit more than allowed was asked for: its presence says the span held more.
  const parsed = parseGitLog(output.stdout, spec.label);
  return { ok: true, changes: parsed.slice(0, spec.maxCommits), truncated: output.truncated || parsed.length > spec.maxCommits, durationMs: output.durationMs };
}

/** `git show --stat` of one commit as lines, or the reason it could not be read. */
export async function gitCommitStat(spec: Pick<GitSourceSpec, 'repo' | 'timeoutMs'>, hash: string, env?: NodeJS.ProcessEnv): Promise<{ lines: string[]; error?: string }> {
  const output = await runGit(gitShowArgv(hash), { repo: spec.repo, timeoutMs: spec.timeoutMs, maxOutputBytes: 256 * 1024, env });
  if (!output.ok) return { lines: [], error: output.error! };
  const lines = output.stdout.replace(/\n+$/, '').split('\n');
  return output.truncated ? { lines: ['(long output: only the end is shown)', ...lines] } : { lines };
}

async function missingDirectory(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? undefined : `${path} is not a directory`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? `${path} does not exist` : `cannot read ${path}: ${code ?? (error as Error).message}`;
  }
}
