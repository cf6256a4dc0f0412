/**
 * The console's one way out. Quit, signals, a broken stdout and a vanished terminal all call the
 * same function; the first call runs the steps in order, later calls get the same promise.
 */

export interface ShutdownStep {
  name: string;
  run: () => unknown;
  /** A step that takes longer is abandoned so the rest still run. */
  timeoutMs?: number;
}

export interface ShutdownResult {
  reason: string;
  exitCode: number;
  /** Steps that failed or timed out, with why; empty when all went well. */
  problems: string[];
}

export type Shutdown = (reason: string, exitCode: number) => Promise<ShutdownResult>;

const DEFAULT_STEP_TIMEOUT_MS = 1000;

async function runStep(step: ShutdownStep): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const limit = step.timeoutMs ?? DEFAULT_STEP_TIMEOUT_MS;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`${step.name}: gave up after ${limit} ms`), limit);
  });
  try {
    const outcome = Promise.resolve()
      .then(step.run)
      .then(
        () => undefined,
        (error: unknown) => `${step.name}: ${error instanceof Error ? error.message : String(error)}`,
      );
    return await Promise.race([outcome, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Builds the idempotent shutdown; each step runs once, in order, even if an earlier one failed. */
export function createShutdown(steps: readonly ShutdownStep[]): Shutdown {
  let result: Promise<ShutdownResult> | undefined;
  return (reason, exitCode) => {
    result ??= (async () => {
      const problems: string[] = [];
      for (const step of steps) {
        const problem = await runStep(step);
        if (problem) problems.push(problem);
      }
      return { reason, exitCode, problems };
    })();
    return result;
  };
}
