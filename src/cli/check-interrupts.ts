/** Ctrl-C, SIGTERM and SIGHUP while checks run: the checks' process groups are stopped before the command ends. */
import { killAllRunning } from '../process/run-process.js';

const INTERRUPTS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** 128 + SIGINT, what a shell reports for an interrupted command. */
export const EXIT_INTERRUPTED = 130;

/**
 * Runs `work` with a signal that an interrupt aborts. The checks run in their own process
 * groups, out of reach of the terminal's Ctrl-C, so we stop them ourselves; every group is
 * killed before this returns.
 */
export async function withCheckInterrupts<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onInterrupt = (): void => controller.abort();
  // `on`, not `once`: a second Ctrl-C during the kill grace must not end us before the groups are gone.
  for (const signal of INTERRUPTS) process.on(signal, onInterrupt);
  try {
    return await work(controller.signal);
  } finally {
    for (const signal of INTERRUPTS) process.off(signal, onInterrupt);
    await killAllRunning();
  }
}
