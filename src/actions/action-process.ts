/**
 * Runs one action command through the shared process runner: no shell, an explicit
 * environment, its own process group (killed whole on timeout or cancel), and stdout and
 * stderr merged in arrival order into bounded lines, the way a terminal would show them.
 */
import type { ActionDefinition } from '../config/sections/actions.js';
import { resolveProgram } from '../checks/check-command.js';
import type { RunOutcome } from '../domain/actions/action-flow.js';
import { appendOutput, EMPTY_OUTPUT, outputText } from '../domain/actions/output-lines.js';
import { buildChildEnv, runProcess } from '../process/run-process.js';

export interface ActionProcessRequest {
  argv: string[];
  definition: Pick<ActionDefinition, 'env' | 'passEnv' | 'timeout'>;
  /** Relative program paths and the working directory: the config file's directory. */
  baseDir: string;
  installDir?: string | undefined;
  /** Where `passEnv` names are looked up. */
  parentEnv: NodeJS.ProcessEnv;
  /** Fixed values every action gets (WARROOM_INCIDENT, ...). */
  extraEnv: Record<string, string>;
  signal?: AbortSignal | undefined;
  onOutput?: ((chunk: string) => void) | undefined;
}

export interface ActionProcessResult extends RunOutcome {
  /** The argv as run (program path resolved). */
  argv: string[];
  /** Merged output, last lines only. */
  lines: string[];
}

/** Runs the argv; resolves with what happened and never rejects for anything the child does. */
export async function runActionProcess(request: ActionProcessRequest): Promise<ActionProcessResult> {
  const [program, ...args] = request.argv;
  const argv = program === undefined ? [] : [resolveProgram(program, request.baseDir, request.installDir), ...args];
  let output = EMPTY_OUTPUT;
  const result = await runProcess({
    argv,
    cwd: request.baseDir,
    env: buildChildEnv(request.parentEnv, request.definition.passEnv, { ...request.definition.env, ...request.extraEnv }),
    timeoutMs: request.definition.timeout,
    ...(request.signal ? { signal: request.signal } : {}),
    onOutput: (chunk) => {
      output = appendOutput(output, chunk);
      request.onOutput?.(chunk);
    },
  });
  const lines = outputText(output);
  const error = result.error ?? (result.signal ? `killed by ${result.signal}` : undefined);
  if (error && !result.timedOut && !result.cancelled && result.exitCode === null) lines.push(error);
  return {
    argv,
    lines,
    exitCode: result.exitCode,
    durationMs: result.durationMs,
    cancelled: result.cancelled,
    timedOut: result.timedOut,
    ...(error !== undefined ? { error } : {}),
  };
}
