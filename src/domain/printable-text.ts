/**
 * Text from outside (the event log, the config, check output, git and deploy records) made safe
 * to put on a terminal: escape sequences and control characters would otherwise reach whoever
 * shows the text (a window title, colours, an OSC 52 clipboard write, a cleared screen) and throw
 * the layout out of line. Used by the console for everything it draws and by the CLI for what it
 * prints. Pure.
 */

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
  /** Colour and style sequences (SGR, `ESC [ ... m`) stay: the CLI's own colouring of its lines. */
  keepColours?: boolean;
}

// eslint-disable-next-line no-control-regex
const SGR = /^\u001b\[[\d;:]*m$/;
/** Stands in for the ESC of a kept SGR while stray controls are dropped: a noncharacter, never in real text. */
const KEPT_SGR = '\uffff';

/**
 * `text` as printable characters only: escape sequences removed whole (with their payload), tabs
 * turned into spaces, other control characters dropped; line breaks kept unless `oneRow`.
 */
export function printable(text: string, options: PrintableOptions = {}): string {
  if (!NOT_PRINTABLE.test(text)) return text;
  const lines = text
    .replace(ESCAPE_SEQUENCE, (sequence) => (options.keepColours && SGR.test(sequence) ? KEPT_SGR + sequence.slice(1) : ''))
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(STRAY_CONTROLS, '')
    .replaceAll(KEPT_SGR, '\u001b');
  return options.oneRow ? lines.replace(/\n/g, ' ') : lines;
}
