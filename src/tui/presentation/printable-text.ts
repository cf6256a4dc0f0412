/** How much room outside text takes on the console's screen, once made printable. Pure. */
import stringWidth from 'string-width';
import { printable } from '../../domain/printable-text.js';

/** Columns `text` takes on a terminal (wide characters and emoji count two). */
export function displayWidth(text: string): number {
  return stringWidth(printable(text, { oneRow: true }));
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** `text` in exactly `width` columns: cut with "…" when wider (never inside a character), padded with spaces when narrower. */
export function fitToWidth(text: string, width: number): string {
  const shown = printable(text, { oneRow: true });
  const used = stringWidth(shown);
  if (used <= width) return shown + ' '.repeat(width - used);
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
