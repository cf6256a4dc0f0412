/**
 * Splits a Nagios plugin's stdout into its parts: the first line is the summary (perfdata
 * after `|`), following lines are long output until a line with `|`, after which every
 * line is more perfdata.
 */
import type { PerfDatum } from '../events.js';
import { parsePerfdata } from './perfdata.js';

export interface PluginOutput {
  /** The first line's text, trimmed; empty when the plugin printed nothing. */
  summary: string;
  /** The lines after the first, without their perfdata. */
  longOutput: string;
  perfdata: PerfDatum[];
}

/** Parses plugin stdout per the Nagios plugin output convention. */
export function parsePluginOutput(stdout: string): PluginOutput {
  const lines = stdout.replace(/\r\n/g, '\n').split('\n');
  const [first = '', ...rest] = lines;
  const head = splitAtPipe(first);
  const perfTexts = [head.perf];
  const longLines: string[] = [];
  let inPerfdata = false;
  for (const line of rest) {
    if (inPerfdata) {
      perfTexts.push(line);
      continue;
    }
    const part = splitAtPipe(line);
    longLines.push(part.text);
    if (line.includes('|')) {
      perfTexts.push(part.perf);
      inPerfdata = true;
    }
  }
  return {
    summary: head.text.trim(),
    longOutput: longLines.map((l) => l.trimEnd()).join('\n').trimEnd(),
    perfdata: parsePerfdata(perfTexts.join(' ')),
  };
}

function splitAtPipe(line: string): { text: string; perf: string } {
  const at = line.indexOf('|');
  return at < 0 ? { text: line, perf: '' } : { text: line.slice(0, at), perf: line.slice(at + 1).trim() };
}
