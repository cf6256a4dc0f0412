/**
 * The severity picker's rows for the room it has: what each level means and commits to, wrapped
 * rather than cut. The roomiest layout that fits is used; on a small terminal the meaning and the
 * commitments share one paragraph and the escalation rule keeps only its rule. Pure.
 */
import type { Severity } from '../../domain/severity.js';
import type { SeverityChoice } from './choices.js';
import { displayWidth } from './printable-text.js';

export type PickerTone = 'plain' | 'label' | 'dim' | 'badge' | 'rule';

export interface PickerSegment {
  text: string;
  tone: PickerTone;
  /** For the badge: whose colours. */
  severity?: Severity;
}

export interface PickerRow {
  segments: PickerSegment[];
  /** The first row of the selected level (drawn inverse). */
  selected: boolean;
}

const INDENT = 4;

/** One word and the spaces after it, or a segment that never splits (the badge). */
interface Token extends PickerSegment {
  atomic?: boolean;
}

function tokens(segments: readonly Token[]): Token[] {
  return segments.flatMap((s) => (s.atomic ? [s] : (s.text.match(/\S+\s*|\s+/g) ?? []).map((text) => ({ ...s, text }))));
}

/** Cuts a token wider than a whole row into pieces that fit (a long URL in a meaning). */
function pieces(token: Token, width: number): Token[] {
  if (displayWidth(token.text) <= width) return [token];
  const out: Token[] = [];
  let rest = [...token.text];
  while (rest.length > 0) {
    let take = 1;
    while (take < rest.length && displayWidth(rest.slice(0, take + 1).join('')) <= width) take++;
    out.push({ ...token, text: rest.slice(0, take).join('') });
    rest = rest.slice(take);
  }
  return out;
}

/** Word-wraps styled segments into rows of `width` columns; continuation rows start `indent` columns in. */
export function wrapSegments(segments: readonly Token[], width: number, indent = INDENT): PickerSegment[][] {
  const rows: PickerSegment[][] = [];
  let row: PickerSegment[] = [];
  let used = 0;
  // A row ends at its last word: a trailing space past the edge would be cut with "…".
  const end = (done: PickerSegment[]) => rows.push(done.map((s, i) => (i === done.length - 1 ? { ...s, text: s.text.trimEnd() } : s)));
  for (const whole of tokens(segments)) {
    for (const token of pieces(whole, width - indent)) {
      const w = displayWidth(token.text.trimEnd());
      if (used > 0 && used + w > width) {
        end(row);
        row = [{ text: ' '.repeat(indent), tone: 'plain' }];
        used = indent;
        if (token.text.trim() === '') continue;
      }
      row.push({ text: token.text, ...(token.severity ? { severity: token.severity } : {}), tone: token.tone });
      used += displayWidth(token.text);
    }
  }
  if (row.length > 0) end(row);
  return rows;
}

function header(choice: SeverityChoice, i: number, selected: boolean): Token[] {
  return [
    { text: `${selected ? '› ' : '  '}${i + 1} `, tone: 'plain', atomic: true },
    { text: ` ${choice.severity} `, tone: 'badge', severity: choice.severity, atomic: true },
    { text: ' ', tone: 'plain', atomic: true },
  ];
}

/** Commitments on the header row, the meaning below it, indented. */
function spacious(choice: SeverityChoice, i: number, selected: boolean, width: number): PickerSegment[][] {
  const head = wrapSegments([...header(choice, i, selected), { text: `${choice.label} `, tone: 'label' }, { text: choice.commitments, tone: 'dim' }], width);
  const meaning = wrapSegments([{ text: ' '.repeat(INDENT), tone: 'plain', atomic: true }, { text: choice.meaning, tone: 'plain' }], width);
  return [...head, ...meaning];
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One paragraph: label, meaning, then the commitments (a sentence of their own). */
function compact(choice: SeverityChoice, i: number, selected: boolean, width: number): PickerSegment[][] {
  return wrapSegments([...header(choice, i, selected), { text: `${choice.label}: `, tone: 'label' }, { text: `${choice.meaning} `, tone: 'plain' }, { text: capitalise(choice.commitments), tone: 'dim' }], width);
}

/** Keeps the first `rows` rows, the last ending in "…" when something was left out. */
function clip(rows: PickerSegment[][], keep: number, width: number): PickerSegment[][] {
  if (rows.length <= keep) return rows;
  const kept = rows.slice(0, Math.max(1, keep));
  const last = kept.at(-1)!;
  while (last.length > 1 && displayWidth(last.map((s) => s.text).join('').trimEnd()) > width - 1) last.pop();
  last.push({ text: '…', tone: 'dim' });
  return kept;
}

/** The rule up to its colon ("When in doubt, escalate."), for when the whole sentence does not fit. */
const shortRule = (rule: string) => `${rule.split(':')[0]!.replace(/[.!]$/, '')}.`;

/** Rows for `height` rows of `width` columns: levels first, the escalation rule last. */
export function severityPickerRows(choices: readonly SeverityChoice[], index: number, width: number, height: number, rule: string): PickerRow[] {
  const levels = (layout: typeof spacious) => choices.map((choice, i) => layout(choice, i, i === index, width));
  const ruleRows = (text: string) => wrapSegments([{ text, tone: 'rule' }], width, 0);
  const candidates = [
    { levels: levels(spacious), rule: ruleRows(rule) },
    { levels: levels(compact), rule: ruleRows(rule) },
    { levels: levels(compact), rule: ruleRows(shortRule(rule)) },
  ];
  const count = (c: (typeof candidates)[number]) => c.levels.reduce((sum, rows) => sum + rows.length, 0) + c.rule.length;
  const fitting = candidates.find((c) => count(c) <= height);
  let chosen = fitting ?? candidates.at(-1)!;
  if (!fitting) {
    // Nothing fits whole: each level gets an equal share of the rows, the first ones any left over.
    const room = Math.max(choices.length, height - chosen.rule.length);
    const share = (i: number) => Math.floor(room / choices.length) + (i < room % choices.length ? 1 : 0);
    chosen = { ...chosen, levels: chosen.levels.map((rows, i) => clip(rows, share(i), width)) };
  }
  const rows = chosen.levels.flatMap((level, i) => level.map((segments, r) => ({ segments, selected: i === index && r === 0 })));
  return [...rows, ...chosen.rule.map((segments) => ({ segments, selected: false }))];
}
