/** A one-line text editor as a pure function of (text, cursor) and a key name. */

export interface LineState {
  text: string;
  /** Insertion point, 0..text.length (in UTF-16 units, kept on code point boundaries). */
  cursor: number;
}

const isPrintable = (key: string) => [...key].length === 1 && key >= ' ' && key !== '\u007F';

function previousBoundary(text: string, cursor: number): number {
  if (cursor <= 0) return 0;
  const low = text.charCodeAt(cursor - 1);
  return low >= 0xdc00 && low <= 0xdfff && cursor >= 2 ? cursor - 2 : cursor - 1;
}

function nextBoundary(text: string, cursor: number): number {
  if (cursor >= text.length) return text.length;
  const high = text.charCodeAt(cursor);
  return high >= 0xd800 && high <= 0xdbff ? cursor + 2 : cursor + 1;
}

/** Inserts text (a paste, or one typed character) at the cursor; line breaks become spaces. */
export function insertText(state: LineState, inserted: string): LineState {
  // eslint-disable-next-line no-control-regex
  const clean = inserted.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001F\u007F]/g, '');
  if (!clean) return state;
  return { text: state.text.slice(0, state.cursor) + clean + state.text.slice(state.cursor), cursor: state.cursor + clean.length };
}

/**
 * Applies an editing key (printable characters, Backspace, arrows, Home/End and the usual
 * readline controls: Ctrl-A, -E, -U, -K, -W). Returns undefined for keys that do not edit.
 */
export function editLine(state: LineState, key: string): LineState | undefined {
  const { text, cursor } = state;
  if (key === 'space') return insertText(state, ' ');
  if (isPrintable(key)) return insertText(state, key);
  switch (key) {
    case 'backspace':
    case 'delete': {
      // Terminals disagree on what Backspace sends; both delete the character before the cursor.
      const from = previousBoundary(text, cursor);
      return { text: text.slice(0, from) + text.slice(cursor), cursor: from };
    }
    case 'left':
      return { text, cursor: previousBoundary(text, cursor) };
    case 'right':
      return { text, cursor: nextBoundary(text, cursor) };
    case 'home':
    case 'C-a':
      return { text, cursor: 0 };
    case 'end':
    case 'C-e':
      return { text, cursor: text.length };
    case 'C-u':
      return { text: text.slice(cursor), cursor: 0 };
    case 'C-k':
      return { text: text.slice(0, cursor), cursor };
    case 'C-w': {
      const before = text.slice(0, cursor).replace(/\S+\s*$/, '');
      return { text: before + text.slice(cursor), cursor: before.length };
    }
    default:
      return undefined;
  }
}
