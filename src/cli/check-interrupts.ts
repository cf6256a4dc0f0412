/** Ctrl-C, SIGTERM and SIGHUP while checks run: the checks' process groups are stopped before the command ends. */
import { constants } from 'node:os';
import { killAllRunning } from '../process/run-process.js';

const INTERRUPTS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type Interrupt = (typeof INTERRUPTS)[number];

/** 128 + SIGINT, what a shell reports for an interrupted command. */
export const EXIT_INTERRUPTED = 130;

/** Why the work was aborted: the signal that arrived (the abort reason). */
export class InterruptedBy extends Error {
  constructor(readonly signal: Interrupt) {
    super(`interrupted by ${signal}`);
    this.name = 'InterruptedBy';
  }
}

/**
 * The exit code for work that an interrupt aborted: 128 + the signal's number, as a shell
 * reports a command the signal ended (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP).
 */
export function interruptedExitCode(signal: AbortSignal): number {
  const reason: unknown = signal.reason;
  return reason instanceof InterruptedBy ? 128 + constants.signals[reason.signal] : EXIT_INTERRUPTED;
}

/**
 * Runs `work` with a signal that an interrupt aborts. The checks run in their own process
 * groups, out of reach of the terminal's Ctrl-C, so we stop them ourselves; every group is
 * killed before this returns.
 */
export async function withCheckInterrupts<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  // The first signal is the one reported; a later one only repeats the request.
  const handlers = INTERRUPTS.map((name) => [name, () => controller.signal.aborted || controller.abort(new InterruptedBy(name))] as const);
  // `on`, not `once`: a second Ctrl-C during the kill grace must not end us before the groups are gone.
  for (const [name, handler] of handlers) process.on(name, handler);
  try {
    return await work(controller.signal);
  } finally {
    for (const [name, handler] of handlers) process.off(name, handler);
    await killAllRunning();
  }
}
