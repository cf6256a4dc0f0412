/** Lines of text for the scrollable dialogs: wrapped to the dialog's width, and the window in view. Pure. */
import type { RowTone } from '../panes/pane-row.js';

/** `heading` lines are bold; `code` lines are shown exactly as written (wrapped, never reflowed). */
export type LineTone = RowTone | 'heading' | 'code';

export interface StyledLine {
  text: string;
  tone: LineTone;
}

/** Cuts prose into lines of at most `width` columns at spaces; a word longer than a line is cut. Continuations keep the indentation. */
export function wrapWords(text: string, width: number): string[] {
  const max = Math.max(1, width);
  if (text.length <= max) return [text];
  const indent = /^\s*/.exec(text)![0].slice(0, Math.floor(max / 2));
  const lines: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const space = rest.lastIndexOf(' ', max);
    const cut = space > indent.length ? space : max;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = indent + rest.slice(cut).trimStart();
  }
  if (rest.trim() !== '') lines.push(rest);
  return lines;
}

/** Cuts a line into pieces of exactly `width` columns (the last shorter): nothing added, nothing lost. */
export function wrapExact(text: string, width: number): string[] {
  const max = Math.max(1, width);
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += max) pieces.push(text.slice(i, i + max));
  return pieces;
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
