/**
 * The read view of a runbook: the markdown as written (it is meant to read well as plain text),
 * with headings stood out and code blocks kept exactly. Pure.
 */
import type { StyledLine } from './text-lines.js';

const FENCE = /^\s*(```|~~~)/;

/** One styled line per line of the file; tabs become spaces so widths are measured right. */
export function runbookReaderLines(markdown: string): StyledLine[] {
  const lines: StyledLine[] = [];
  let fence: string | undefined;
  for (const raw of markdown.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n')) {
    const text = raw.replace(/\t/g, '    ');
    const marker = FENCE.exec(text)?.[1];
    if (fence) {
      lines.push({ text, tone: 'code' });
      if (marker === fence) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      lines.push({ text, tone: 'code' });
      continue;
    }
    lines.push({ text, tone: /^#{1,6}\s/.test(text) ? 'heading' : 'normal' });
  }
  return lines;
}
