/**
 * How the warroom process ends once its terminal is gone (SSH dropped, the pty closed).
 * At a normal exit Node 20 puts every stdio TTY back into the mode it found it in, and when
 * that TTY has been hung up the reset fails and Node aborts with an assertion and a core dump
 * (nodejs/node#51519, fixed only in later Node releases). A process whose terminal hung up
 * ends the way Unix programs conventionally do: by SIGHUP, with its default action, which
 * skips that reset. Everything worth doing (cleanup, flushing the store) has happened by then.
 */
let terminalLost = false;

/** Records that the controlling terminal is gone, so the process ends by SIGHUP. */
export function noteTerminalLost(): void {
  terminalLost = true;
}

/** Whether the terminal was found to be gone. */
export function isTerminalLost(): boolean {
  return terminalLost;
}

/** Ends the process now: by SIGHUP when the terminal is gone, else with `code`. */
export function endProcess(code: number): never {
  if (terminalLost) {
    process.removeAllListeners('SIGHUP');
    process.kill(process.pid, 'SIGHUP');
  }
  process.exit(code);
}
