/** Wraps a commander action: builds the context, runs it, maps errors to exit codes. */
import type { Command } from 'commander';
import { createContext, type CliContext, type GlobalOptions } from './context.js';
import { describeError, exitCodeFor } from './errors.js';
import { writeLine } from './output-line.js';

type Action<A extends unknown[]> = (ctx: CliContext, ...args: A) => Promise<number | void>;

export interface ContextOptions {
  /** The exit code for any error (usage, config, store or other) instead of the usual 1 or 2. */
  errorExitCode?: number;
}

/** Adapts `action(ctx, ...args)` to commander; args are what commander passes before the Command. */
export function withContext<A extends unknown[]>(action: Action<A>, options: ContextOptions = {}): (...args: unknown[]) => Promise<void> {
  return async (...commanderArgs: unknown[]) => {
    const command = commanderArgs.at(-1) as Command;
    const args = commanderArgs.slice(0, -1) as A;
    try {
      const ctx = await createContext(command.optsWithGlobals<GlobalOptions>());
      const code = await action(ctx, ...args);
      if (typeof code === 'number') process.exitCode = code;
    } catch (error) {
      writeLine(process.stderr, `warroom: ${describeError(error)}`);
      process.exitCode = options.errorExitCode ?? exitCodeFor(error);
    }
  };
}
