/**
 * Runs check definitions as child processes, several at once (bounded pool), and reports
 * each result the moment it finishes so a console can show them as they arrive.
 */
import pLimit from 'p-limit';
import type { CheckDefinition } from '../config/sections/checks.js';
import { judgeCheckRun, type CheckVerdict } from '../domain/checks/check-outcome.js';
import { buildChildEnv, runProcess } from '../process/run-process.js';
import { checkArgv } from './check-command.js';

export interface CheckResult extends CheckVerdict {
  name: string;
  group: string;
  /** The argv actually run (program resolved, thresholds appended). */
  argv: string[];
  exitCode: number | null;
  durationMs: number;
  startedAt: string;
  finishedAt: string;
  /** Tails of the raw output, for the detail view. */
  stdout: string;
  stderr: string;
  truncated: boolean;
  /** Stopped by a cancel or shutdown: says nothing about the service, so it is not recorded. */
  cancelled: boolean;
}

export interface RunChecksOptions {
  /** Relative program paths resolve against this directory (the config file's). */
  baseDir: string;
  /** Second place to look for relative program paths; defaults to the Warroom install directory. */
  installDir?: string;
  /** The environment checks may draw on through `passEnv`. */
  parentEnv: NodeJS.ProcessEnv;
  concurrency: number;
  signal?: AbortSignal;
  maxOutputBytes?: number;
  now?: () => Date;
  onStart?: (definition: CheckDefinition) => void;
  onResult?: (result: CheckResult) => void;
}

/** Runs every definition through a pool of `concurrency`; results come back in definition order. */
export async function runChecks(definitions: readonly CheckDefinition[], options: RunChecksOptions): Promise<CheckResult[]> {
  const limit = pLimit(Math.max(1, options.concurrency));
  return Promise.all(
    definitions.map((definition) =>
      limit(async () => {
        options.onStart?.(definition);
        const result = await runCheck(definition, options);
        options.onResult?.(result);
        return result;
      }),
    ),
  );
}

/** Runs one check and judges its outcome by the Nagios plugin convention. */
export async function runCheck(definition: CheckDefinition, options: RunChecksOptions): Promise<CheckResult> {
  const now = options.now ?? (() => new Date());
  const argv = checkArgv(definition, options.baseDir, options.installDir);
  const startedAt = now().toISOString();
  const outcome = await runProcess({
    argv,
    // Relative paths in a check's arguments mean the same thing wherever warroom was started.
    cwd: options.baseDir,
    env: buildChildEnv(options.parentEnv, definition.passEnv, definition.env),
    timeoutMs: definition.timeout,
    ...(options.maxOutputBytes !== undefined ? { maxOutputBytes: options.maxOutputBytes } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return {
    ...judgeCheckRun(outcome, definition.command[0]!),
    name: definition.name,
    group: definition.group,
    argv,
    exitCode: outcome.exitCode,
    durationMs: outcome.durationMs,
    startedAt,
    finishedAt: now().toISOString(),
    stdout: outcome.stdout,
    stderr: outcome.stderr,
    truncated: outcome.truncated,
    cancelled: outcome.cancelled,
  };
}
