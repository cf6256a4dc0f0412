/** What the change details dialog shows: the lines in view, wrapped to its width, and a hint. Pure. */
import type { ChangeDetailsModal } from '../state/console-state.js';

export interface DetailsLine {
  text: string;
  tone: 'normal' | 'muted' | 'error';
}

export interface ChangeDetailsView {
  lines: DetailsLine[];
  hint: string;
}

// Header lines (commit, author, ids) are dimmed so the file list and the caution stand out.
const toneOf = (text: string): DetailsLine['tone'] =>
  /^(commit|Merge:|Author:|AuthorDate:|Commit:|CommitDate:|Date:|id:|source:|parent:|from:|at:)\s/.test(text) ? 'muted' : /^\s*caution:/.test(text) ? 'error' : 'normal';

/** Cuts a line into pieces of at most `width` columns, at spaces where it can; continuations are indented. */
function wrap(text: string, width: number): string[] {
  if (text.length <= width || width < 8) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > width) {
    const space = rest.lastIndexOf(' ', width);
    const cut = space > width / 2 ? space : width;
    pieces.push(rest.slice(0, cut));
    rest = `    ${rest.slice(cut).trimStart()}`;
  }
  return [...pieces, rest];
}

/** Every line of the dialog, wrapped to the text width inside a frame `width` wide. */
function allLines(modal: ChangeDetailsModal, width: number): DetailsLine[] {
  const inner = Math.max(1, width - 4);
  const source: DetailsLine[] = [
    ...(modal.error ? [{ text: `could not read the details: ${modal.error}`, tone: 'error' as const }] : []),
    ...modal.lines.map((text) => ({ text, tone: toneOf(text) })),
  ];
  return source.flatMap((line) => wrap(line.text, inner).map((text) => ({ text, tone: line.tone })));
}

/** How many lines the dialog has at this width (the scroll commands stop at the last page). */
export function detailsLineCount(modal: ChangeDetailsModal, width: number): number {
  return modal.loading ? 1 : allLines(modal, width).length;
}

/** The `height` lines from the modal's offset in a frame `width` wide; an error reading the details comes first. */
export function changeDetailsView(modal: ChangeDetailsModal, width: number, height: number): ChangeDetailsView {
  if (modal.loading) return { lines: [{ text: 'reading…', tone: 'muted' }], hint: 'Esc closes' };
  const all = allLines(modal, width);
  const rows = Math.max(1, height);
  const start = Math.min(modal.offset, Math.max(0, all.length - rows));
  const below = all.length - (start + rows);
  const position = all.length > rows ? `lines ${start + 1}-${Math.min(all.length, start + rows)} of ${all.length} · ` : '';
  return {
    lines: all.slice(start, start + rows),
    hint: `${position}j/k scroll${below > 0 ? ', Space pages' : ''} · Esc closes`,
  };
}
