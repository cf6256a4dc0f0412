/**
 * A multi-line text editor as a pure function of (text, cursor) and a key name. Keys that act
 * within one line (typing, Home/End, the readline kills) are the one-line editor's, applied to
 * the line under the cursor; this adds Enter, Up/Down and moving or deleting across line breaks.
 */
import { editLine, type LineState } from './line-editor.js';

/** Where the line holding the cursor starts and ends (the end excludes its line break). */
export function lineBounds(text: string, cursor: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', cursor - 1) + 1;
  const newline = text.indexOf('\n', cursor);
  return { start, end: newline < 0 ? text.length : newline };
}

/** Inserts text (a paste, or one typed character) at the cursor; line breaks are kept, tabs become spaces. */
export function insertTextBlock(state: LineState, inserted: string): LineState {
  const clean = inserted
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '  ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, '');
  if (!clean) return state;
  return { text: state.text.slice(0, state.cursor) + clean + state.text.slice(state.cursor), cursor: state.cursor + clean.length };
}

/** Keeps a cursor that landed inside a surrogate pair on the pair's first half. */
function onBoundary(text: string, cursor: number): number {
  const code = text.charCodeAt(cursor);
  return code >= 0xdc00 && code <= 0xdfff && cursor > 0 ? cursor - 1 : cursor;
}

/** Up or Down: the same column on the neighbouring line, or its end when that line is shorter. */
function moveVertically(state: LineState, direction: -1 | 1): LineState {
  const { text, cursor } = state;
  const { start, end } = lineBounds(text, cursor);
  const column = cursor - start;
  if (direction < 0) {
    if (start === 0) return { text, cursor: 0 };
    const above = lineBounds(text, start - 1);
    return { text, cursor: onBoundary(text, Math.min(above.start + column, above.end)) };
  }
  if (end === text.length) return { text, cursor: text.length };
  const below = lineBounds(text, end + 1);
  return { text, cursor: onBoundary(text, Math.min(below.start + column, below.end)) };
}

/**
 * Applies an editing key: everything the one-line editor knows (within the current line), plus
 * Enter (new line), Up/Down, Left/Right across line ends, Backspace at a line start (joins it to
 * the line above) and Ctrl-K at a line end (joins the next line). Undefined for keys that do not edit.
 */
export function editText(state: LineState, key: string): LineState | undefined {
  const { text, cursor } = state;
  const { start, end } = lineBounds(text, cursor);
  switch (key) {
    case 'enter':
      return insertTextBlock(state, '\n');
    case 'up':
      return moveVertically(state, -1);
    case 'down':
      return moveVertically(state, 1);
    case 'left':
      if (cursor === start && start > 0) return { text, cursor: start - 1 };
      break;
    case 'right':
      if (cursor === end && end < text.length) return { text, cursor: end + 1 };
      break;
    case 'backspace':
    case 'delete':
      if (cursor === start && start > 0) return { text: text.slice(0, start - 1) + text.slice(start), cursor: start - 1 };
      break;
    case 'C-k':
      if (cursor === end && end < text.length) return { text: text.slice(0, end) + text.slice(end + 1), cursor };
      break;
  }
  const edited = editLine({ text: text.slice(start, end), cursor: cursor - start }, key);
  if (!edited) return undefined;
  return { text: text.slice(0, start) + edited.text + text.slice(end), cursor: start + edited.cursor };
}

export interface EditorRow {
  text: string;
  /** Column of the cursor on this row, when it is here. */
  cursorColumn?: number;
}

/** Splits one line into rows of at most `width` characters, breaking after a space where there is one. */
function wrapLine(line: string, width: number): { start: number; end: number }[] {
  const rows: { start: number; end: number }[] = [];
  let start = 0;
  while (line.length - start > width) {
    const space = line.lastIndexOf(' ', start + width - 1);
    const end = space >= start ? space + 1 : start + width;
    rows.push({ start, end });
    start = end;
  }
  rows.push({ start, end: line.length });
  return rows;
}

/** The text wrapped at word boundaries into rows of at most `width` characters (for reading, not editing). */
export function wrapRows(text: string, width: number): string[] {
  return text.split('\n').flatMap((line) => wrapLine(line, Math.max(1, width)).map((piece) => line.slice(piece.start, piece.end)));
}

/**
 * The rows an editor of `width` x `height` shows: lines wrapped at word boundaries, the window
 * moved so the cursor's row is visible. `hiddenAbove`/`hiddenBelow` count rows out of view.
 */
export function editorRows(state: LineState, width: number, height: number): { rows: EditorRow[]; hiddenAbove: number; hiddenBelow: number } {
  // One column is kept free so a cursor at the end of a full row is still drawn inside the box.
  const room = Math.max(1, width - 1);
  const all: EditorRow[] = [];
  let cursorRow = 0;
  let offset = 0;
  for (const line of state.text.split('\n')) {
    const pieces = wrapLine(line, room);
    pieces.forEach((piece, index) => {
      const row: EditorRow = { text: line.slice(piece.start, piece.end) };
      const at = state.cursor - offset;
      const last = index === pieces.length - 1;
      if (at >= piece.start && (at < piece.end || (last && at === piece.end))) {
        row.cursorColumn = at - piece.start;
        cursorRow = all.length;
      }
      all.push(row);
    });
    offset += line.length + 1;
  }
  const first = Math.max(0, Math.min(cursorRow - height + 1, all.length - height));
  const rows = all.slice(Math.max(0, first), Math.max(0, first) + height);
  return { rows, hiddenAbove: Math.max(0, first), hiddenBelow: Math.max(0, all.length - Math.max(0, first) - height) };
}
