/**
 * Text from outside the console (the event log, the config, check output, git and deploy records)
 * made safe to put on a terminal: escape sequences and control characters would otherwise reach
 * every console that shows the text (a window title, colours, an OSC 52 clipboard write) and throw
 * the layout out of line. Pure.
 */
import stringWidth from 'string-width';

// ESC or C1 introducer, then the rest of the sequence: CSI (parameters, intermediates, final),
// OSC (up to BEL or ST), DCS/SOS/PM/APC (up to ST), or a two-character escape. An unterminated
// string sequence runs to the end of the text: all of it goes.
const ESCAPE_SEQUENCE = new RegExp(
  [
    '(?:\\u001b\\[|\\u009b)[\\u0030-\\u003f]*[\\u0020-\\u002f]*[\\u0040-\\u007e]?',
    '(?:\\u001b\\]|\\u009d)[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?',
    '(?:\\u001b[PX^_]|[\\u0090\\u0098\\u009e\\u009f])[^\\u001b\\u009c]*(?:\\u001b\\\\|\\u009c)?',
    '\\u001b[\\u0020-\\u002f]*[\\u0030-\\u007e]?',
  ].join('|'),
  'g',
);
/** Anything that is not printable text: C0 and C1 controls, DEL, and the bidi overrides that reorder what is shown. */
// Control characters are what these two expressions are about.
// eslint-disable-next-line no-control-regex
const NOT_PRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const STRAY_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export interface PrintableOptions {
  /** The text takes one row: line breaks become spaces. */
  oneRow?: boolean;
}

/**
 * `text` as printable characters only: escape sequences removed whole (with their payload), tabs
 * turned into spaces, other control characters dropped; line breaks kept unless `oneRow`.
 */
export function printable(text: string, options: PrintableOptions = {}): string {
  if (!NOT_PRINTABLE.test(text)) return text;
  const lines = text.replace(ESCAPE_SEQUENCE, '').replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(STRAY_CONTROLS, '');
  return options.oneRow ? lines.replace(/\n/g, ' ') : lines;
}

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
