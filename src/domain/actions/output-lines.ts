/**
 * Live action output as bounded lines: chunks arrive split anywhere, only the last lines are
 * kept (a chatty script costs a fixed amount), and the stored tail is shorter still.
 */

export interface OutputLines {
  /** Complete lines, oldest first, at most the limit. */
  lines: string[];
  /** Text after the last newline, not yet a line. */
  partial: string;
  /** Lines dropped from the front. */
  dropped: number;
}

export const EMPTY_OUTPUT: OutputLines = { lines: [], partial: '', dropped: 0 };
export const LIVE_OUTPUT_LINES = 200;
/** What `action.finished` keeps: enough to see the error, small enough for a shared log. */
export const TAIL_LINES = 20;
export const TAIL_CHARS = 2_000;
const MAX_LINE_CHARS = 1_000;

/** Appends a chunk; returns a new value (never mutates). */
export function appendOutput(output: OutputLines, chunk: string, maxLines = LIVE_OUTPUT_LINES): OutputLines {
  const parts = (output.partial + chunk).replace(/\r\n/g, '\n').split('\n');
  const partial = compactPartial(parts.pop() ?? '');
  const fresh = parts.map((line) => clip(lastSegment(line)));
  const lines = [...output.lines, ...fresh];
  const excess = Math.max(0, lines.length - maxLines);
  return { lines: excess > 0 ? lines.slice(excess) : lines, partial, dropped: output.dropped + excess };
}

/** Every kept line, including an unfinished last one. */
export function outputText(output: OutputLines): string[] {
  const last = clip(lastSegment(output.partial));
  return last === '' ? output.lines : [...output.lines, last];
}

/** The tail stored on the timeline: the last lines, at most `maxChars`, trailing blank lines trimmed. */
export function outputTail(lines: readonly string[], maxLines = TAIL_LINES, maxChars = TAIL_CHARS): string {
  const text = lines.slice(-maxLines).join('\n').replace(/\s+$/, '');
  return text.length <= maxChars ? text : `…${text.slice(text.length - maxChars + 1)}`;
}

/** A carriage return rewrites the line (progress bars): what was written after the last one shows. */
function lastSegment(line: string): string {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  const cut = text.lastIndexOf('\r');
  return cut === -1 ? text : text.slice(cut + 1);
}

/** Keeps an unfinished line bounded; a trailing CR survives in case the next chunk starts with LF. */
function compactPartial(text: string): string {
  const trailingCr = text.endsWith('\r');
  const body = clip(lastSegment(text));
  return trailingCr ? `${body}\r` : body;
}

function clip(line: string): string {
  return line.length <= MAX_LINE_CHARS ? line : `${line.slice(0, MAX_LINE_CHARS - 1)}…`;
}
