/**
 * Every line the CLI prints goes through here: what it shows comes partly from the shared log
 * (titles, notes, actors), which anyone on the host can write, so escape sequences in that text
 * must not reach the reader's terminal (a window title, an OSC 52 clipboard write, a cleared
 * screen). The CLI's own colours (SGR) stay.
 */
import { printable } from '../domain/printable-text.js';

/** Writes `line` and a newline to `stream`, without any control sequence but colours. */
export function writeLine(stream: NodeJS.WritableStream, line: string): void {
  stream.write(`${printable(line, { keepColours: true })}\n`);
}
