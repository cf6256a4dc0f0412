/** Terminal sinks for OSC 52: a stream the caller owns, or the controlling terminal device. */
import { open } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { TerminalSink } from './clipboard-target.js';

/** Writes to a stream the caller already owns (the console's stdout). */
export function streamSink(stream: Writable, description = 'the console'): TerminalSink {
  return {
    description,
    write: (data) =>
      new Promise((resolve, reject) => {
        stream.write(data, (error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Writes to the controlling terminal (/dev/tty), which works even when stdout is piped. */
export function controllingTerminalSink(path = '/dev/tty'): TerminalSink {
  return {
    description: path,
    async write(data) {
      let handle;
      try {
        handle = await open(path, 'w');
      } catch (error) {
        throw new Error(`cannot open ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      try {
        await handle.write(data);
      } finally {
        await handle.close();
      }
    },
  };
}
