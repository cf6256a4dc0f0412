/**
 * Output into a pipe whose reader has gone (`warroom status | head -1`), or onto a terminal that
 * hung up, is not a failure of the command: what it does still happens and is recorded, only
 * nobody reads the rest. Node would crash on the EPIPE or EIO with a stack trace; this drops
 * further output instead (and a hung-up terminal makes the process end by SIGHUP).
 */
import type { Writable } from 'node:stream';
import { endProcess, noteTerminalLost } from '../process/process-end.js';

/** Swallows EPIPE and EIO on `stream`; any other write error is reported in one line, unless someone else (the console) handles it. */
export function tolerateClosedPipe(stream: Writable, name: string): void {
  const onError = (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE') return;
    if (error.code === 'EIO') {
      noteTerminalLost();
      return;
    }
    if (stream.listenerCount('error') > 1) return;
    process.stderr.write(`warroom: cannot write to ${name}: ${error.message}\n`);
    endProcess(1);
  };
  stream.on('error', onError);
}
