/** Runs one git command against a repository: no shell, a fixed locale, no prompts, bounded output. */
import { buildChildEnv, formatSeconds, runProcess } from '../process/run-process.js';

export interface GitOutput {
  ok: boolean;
  stdout: string;
  /** What went wrong, in words a responder can act on. */
  error?: string;
  truncated: boolean;
  durationMs: number;
}

export interface GitCommandOptions {
  repo: string;
  timeoutMs: number;
  maxOutputBytes: number;
  signal?: AbortSignal | undefined;
  /** The parent environment to take the allowlisted variables from (tests pass their own). */
  env?: NodeJS.ProcessEnv | undefined;
}

// Untranslated messages and stats, no pager, never a credential prompt, no index lock taken.
const GIT_ENV = { LC_ALL: 'C', LANGUAGE: 'C', GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', PAGER: 'cat', GIT_OPTIONAL_LOCKS: '0' };

/** Runs `git -C repo ...args`; never throws. */
export async function runGit(args: string[], options: GitCommandOptions): Promise<GitOutput> {
  const result = await runProcess({
    argv: ['git', '-C', options.repo, ...args],
    env: buildChildEnv(options.env ?? process.env, [], GIT_ENV),
    timeoutMs: options.timeoutMs,
    maxOutputBytes: options.maxOutputBytes,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const base = { stdout: result.stdout, truncated: result.truncated, durationMs: result.durationMs };
  if (result.notFound) return { ...base, ok: false, error: 'git is not installed (or not on PATH)' };
  if (result.timedOut) return { ...base, ok: false, error: `git ${args[0]} timed out after ${formatSeconds(options.timeoutMs)}` };
  if (result.cancelled) return { ...base, ok: false, error: `git ${args[0]} was cancelled` };
  if (result.exitCode !== 0) return { ...base, ok: false, error: describeGitFailure(result.stderr, result.error, options.repo) };
  return { ...base, ok: true };
}

/** Turns git's stderr into one line that names the repository. */
export function describeGitFailure(stderr: string, error: string | undefined, repo: string): string {
  const line = stderr.split('\n').map((l) => l.trim()).find((l) => /^(fatal|error):/.test(l)) ?? stderr.trim().split('\n')[0] ?? '';
  if (/not a git repository/i.test(line)) return `${repo} is not a git repository`;
  if (/dubious ownership/i.test(line)) return `${repo} belongs to another user; git refuses it until it is listed in safe.directory`;
  if (line) return line.replace(/^(fatal|error):\s*/, '');
  return error ?? 'git failed without saying why';
}
