/**
 * Parses Nagios performance data: space-separated `'label'=value[UOM];warn;crit;min;max`.
 * Labels with spaces are single-quoted (a literal quote is doubled); trailing fields may be
 * left out. Items that do not parse are skipped rather than failing the whole check.
 */
import type { PerfDatum } from '../events.js';

const VALUE_AND_UOM = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)(.*)$/;

/** Every well-formed item in a perfdata string, in order. */
export function parsePerfdata(text: string): PerfDatum[] {
  const items: PerfDatum[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) break;
    const label = readLabel(text, i);
    i = label.end;
    const valueEnd = nextWhitespace(text, i);
    if (label.text !== undefined && text[i] === '=') {
      const datum = parseItem(label.text, text.slice(i + 1, valueEnd));
      if (datum) items.push(datum);
    }
    i = Math.max(valueEnd, i + 1);
  }
  return items;
}

function readLabel(text: string, start: number): { text: string | undefined; end: number } {
  if (text[start] !== "'") {
    let end = start;
    while (end < text.length && text[end] !== '=' && !/\s/.test(text[end]!)) end++;
    return { text: end > start ? text.slice(start, end) : undefined, end };
  }
  let label = '';
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === "'") {
      if (text[i + 1] === "'") {
        label += "'";
        i += 2;
        continue;
      }
      return { text: label, end: i + 1 };
    }
    label += text[i];
    i++;
  }
  // Unterminated quote: skip this token only, so the items after it still count.
  return { text: undefined, end: nextWhitespace(text, start) };
}

function nextWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && !/\s/.test(text[i]!)) i++;
  return i;
}

function parseItem(label: string, spec: string): PerfDatum | undefined {
  const [valuePart = '', warn = '', crit = '', min = '', max = ''] = spec.split(';');
  const match = VALUE_AND_UOM.exec(valuePart);
  if (!match || label === '') return undefined; // includes "U", the guidelines' "no value"
  const datum: PerfDatum = { label, value: Number(match[1]), uom: match[2]! };
  if (warn !== '') datum.warn = warn;
  if (crit !== '') datum.crit = crit;
  const minValue = number(min);
  const maxValue = number(max);
  if (minValue !== undefined) datum.min = minValue;
  if (maxValue !== undefined) datum.max = maxValue;
  return datum;
}

function number(text: string): number | undefined {
  const match = VALUE_AND_UOM.exec(text);
  return match ? Number(match[1]) : undefined;
}
