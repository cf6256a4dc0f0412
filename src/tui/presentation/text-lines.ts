/** Lines of text for the scrollable dialogs: wrapped to the dialog's width, and the window in view. Pure. */
import type { RowTone } from '../panes/pane-row.js';
import { displayWidth } from './printable-text.js';

/** `heading` lines are bold; `code` lines are shown exactly as written (wrapped, never reflowed). */
export type LineTone = RowTone | 'heading' | 'code';

export interface StyledLine {
  text: string;
  tone: LineTone;
}

const ASCII = /^[\x20-\x7e]*$/;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Length (in UTF-16 units) of the longest start of `text` that fits in `max` columns, and always
 * past `from` by at least one character, so a character wider than the room still moves on.
 */
function fittingLength(text: string, max: number, from = 0): number {
  const first = from + ([...graphemes.segment(text.slice(from))][0]?.segment.length ?? 0);
  if (ASCII.test(text)) return Math.max(first, Math.min(text.length, max));
  let columns = 0;
  let length = 0;
  for (const { segment } of graphemes.segment(text)) {
    columns += displayWidth(segment);
    if (columns > max) break;
    length += segment.length;
  }
  return Math.max(first, length);
}

const fits = (text: string, max: number) => (ASCII.test(text) ? text.length <= max : displayWidth(text) <= max);

/**
 * Cuts prose into lines of at most `width` columns (wide characters count two) at spaces; a word
 * longer than a line is cut. Continuations keep the indentation.
 */
export function wrapWords(text: string, width: number): string[] {
  const max = Math.max(1, width);
  if (fits(text, max)) return [text];
  const indent = /^\s*/.exec(text)![0].slice(0, Math.floor(max / 2));
  const lines: string[] = [];
  let rest = text;
  while (!fits(rest, max)) {
    const room = fittingLength(rest, max, indent.length);
    const space = rest.lastIndexOf(' ', room);
    const cut = space > indent.length ? space : room;
    const line = rest.slice(0, cut).trimEnd();
    // Only spaces before a character too wide to join them: no empty row for them.
    if (line !== '') lines.push(line);
    rest = indent + rest.slice(cut).trimStart();
  }
  if (rest.trim() !== '') lines.push(rest);
  return lines;
}

/** Cuts a line into pieces of at most `width` columns (the last shorter): nothing added, nothing lost. */
export function wrapExact(text: string, width: number): string[] {
  const max = Math.max(1, width);
  const pieces: string[] = [];
  let rest = text;
  while (!fits(rest, max)) {
    const cut = fittingLength(rest, max);
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return [...pieces, rest];
}

/** Every line wrapped to `width`: code exactly, everything else at word boundaries. */
export function wrapLines(lines: readonly StyledLine[], width: number): StyledLine[] {
  return lines.flatMap((line) => (line.tone === 'code' ? wrapExact(line.text, width) : wrapWords(line.text, width)).map((text) => ({ text, tone: line.tone })));
}

export interface TextWindow {
  lines: StyledLine[];
  /** The first line shown (the offset, clamped to the last page). */
  start: number;
  /** Lines below the window. */
  below: number;
  /** "lines 1-17 of 40 · " when it scrolls, else empty. */
  position: string;
}

/** The largest offset that still fills the window. */
export function maxOffset(total: number, height: number): number {
  return Math.max(0, total - Math.max(1, height));
}

/** The `height` lines from `offset` (clamped so the last page is full). */
export function textWindow(lines: readonly StyledLine[], offset: number, height: number): TextWindow {
  const rows = Math.max(1, height);
  const start = Math.max(0, Math.min(offset, maxOffset(lines.length, rows)));
  const end = Math.min(lines.length, start + rows);
  const position = lines.length > rows ? `lines ${start + 1}-${end} of ${lines.length} · ` : '';
  return { lines: lines.slice(start, end), start, below: lines.length - end, position };
}

/** Text width inside a dialog frame `width` columns wide (border and padding taken). */
export function dialogTextWidth(width: number): number {
  return Math.max(1, width - 4);
}
