/** How much room outside text takes on the console's screen, once made printable. Pure. */
import stringWidth from 'string-width';
import { printable } from '../../domain/printable-text.js';

/** Plain ASCII takes one column a character; string-width's grapheme walk is kept for the rest (it is slow). */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const columnsOf = (shown: string): number => (PLAIN_ASCII.test(shown) ? shown.length : stringWidth(shown));

/** Columns `text` takes on a terminal (wide characters and emoji count two). */
export function displayWidth(text: string): number {
  return columnsOf(printable(text, { oneRow: true }));
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** `text` in exactly `width` columns: cut with "…" when wider (never inside a character), padded with spaces when narrower. */
export function fitToWidth(text: string, width: number): string {
  const shown = printable(text, { oneRow: true });
  const used = columnsOf(shown);
  if (used <= width) return shown + ' '.repeat(width - used);
  if (PLAIN_ASCII.test(shown)) return `${shown.slice(0, Math.max(0, width - 1))}…`.slice(0, width);
  let out = '';
  let columns = 0;
  for (const { segment } of graphemes.segment(shown)) {
    const w = stringWidth(segment);
    if (columns + w > width - 1) break;
    out += segment;
    columns += w;
  }
  return `${out}…${' '.repeat(Math.max(0, width - 1 - columns))}`;
}
