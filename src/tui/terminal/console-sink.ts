/** The console's own terminal as a place to send OSC 52: through the screen writer, between frames. */
import type { TerminalSink } from '../../comms/targets/clipboard-target.js';
import type { ScreenWriter } from './screen-writer.js';

/** A sink that writes control sequences in order with the console's frames, never into one. */
export function consoleTerminalSink(writer: Pick<ScreenWriter, 'control'>): TerminalSink {
  return {
    description: 'this terminal',
    write: (data) =>
      new Promise((resolve, reject) => {
        writer.control(data, (error) => (error ? reject(error) : resolve()));
      }),
  };
}
