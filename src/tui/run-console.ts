/** The console's entry point for the CLI: runs a session on this process's terminal. */
import type { CliContext } from '../cli/context.js';
import { endProcess, noteTerminalLost } from '../process/process-end.js';
import type * as Session from './console-session.js';

/** However the session ended, the process is gone this long after the terminal was restored. */
const EXIT_DEADLINE_MS = 1500;

function safeWrite(write: (line: string) => void, line: string): void {
  try {
    write(line);
  } catch {
    // The terminal may already be gone (SSH dropped); there is no one left to tell.
  }
}

/**
 * Loads the session (Ink, React, Yoga) with the global `fetch` hidden. Yoga's WebAssembly loader
 * probes `typeof fetch`, and on Node 20 that first touch loads the whole built-in HTTP client
 * (undici): about 20 ms of a cold start, for a probe whose answer is not used (the module is
 * inlined). The real `fetch` is back before anything else runs.
 */
async function loadSession(): Promise<typeof Session> {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (descriptor?.configurable) Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    return await import('./console-session.js');
  } finally {
    if (descriptor?.configurable) Object.defineProperty(globalThis, 'fetch', descriptor);
  }
}

/** Runs the console until quit or interrupted; resolves with the exit code after the terminal is restored. */
export async function runConsole(ctx: CliContext, options: Session.SessionOptions & { exitDeadlineMs?: number }): Promise<number> {
  const { runConsoleSession } = await loadSession();
  const { exitDeadlineMs, ...session } = options;
  const result = await runConsoleSession(ctx, session, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  if (result.error) {
    const error = result.error;
    safeWrite(ctx.err, `warroom: the console stopped on an error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } else if (result.reason !== 'quit') {
    safeWrite(ctx.err, `warroom: console closed: ${result.reason}`);
  }
  for (const problem of result.problems) safeWrite(ctx.err, `warroom: while closing: ${problem}`);
  // Whatever handle might still hold the event loop (a stuck lock retry, a half-closed pipe), the
  // process must not linger: an unref'd timer fires only if something else keeps it alive.
  if (result.terminalLost) noteTerminalLost();
  setTimeout(() => endProcess(result.exitCode), exitDeadlineMs ?? EXIT_DEADLINE_MS).unref();
  return result.exitCode;
}
