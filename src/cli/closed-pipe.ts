/**
 * Output into a pipe whose reader has gone (`warroom status | head -1`) is not a failure of the
 * command: what it does still happens and is recorded, only nobody reads the rest. Node would
 * crash on the EPIPE with a stack trace; this drops further output instead.
 */
import type { Writable } from 'node:stream';

/** Swallows EPIPE on `stream`; any other write error is reported in one line, unless someone else (the console) handles it. */
export function tolerateClosedPipe(stream: Writable & { fd?: number }, name: string): void {
  const onError = (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE') return;
    if (stream.listenerCount('error') > 1) return;
    process.stderr.write(`warroom: cannot write to ${name}: ${error.message}\n`);
    process.exit(1);
  };
  stream.on('error', onError);
}
