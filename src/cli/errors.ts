/** Errors and exit codes of the command-line interface. */
import { ConfigError } from '../config/config-error.js';
import { DomainError } from '../domain/domain-error.js';
import { StoreError } from '../store/errors.js';

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** Bad arguments or options: exit 2. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

/** Maps an error to the documented exit code: 2 for usage, config and store errors, 1 otherwise. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof CliUsageError || error instanceof ConfigError || error instanceof StoreError) return EXIT.usage;
  if (error instanceof DomainError) return error.kind === 'usage' ? EXIT.usage : EXIT.failure;
  return EXIT.failure;
}

/** One line for stderr: what went wrong and, where known, what to do. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
