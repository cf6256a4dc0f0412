/**
 * The drill's part of the start screen: the briefing, then each check as the drill's loop last
 * saw it, then anything the drill could not do. So the situation shows before anything is
 * declared: checks go red here, and the responder decides when to declare. Pure.
 */
import type { DrillFeedSnapshot } from '../../drill/drill-feed.js';
import { formatAge, stateLook, type CheckState } from './check-view.js';
import { wrapWords } from './text-lines.js';
import { plainRow, type PaneRow } from '../panes/pane-row.js';

/** Briefing lines shown at most; the whole text was also printed before the console opened. */
const BRIEFING_LINES = 4;
/** Check rows shown at most; more are counted on one line. */
const CHECK_ROWS = 6;
const PROBLEM_ROWS = 2;

const fit = (text: string, width: number) => (text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text);

function briefingRows(briefing: string, width: number): PaneRow[] {
  const lines = wrapWords(briefing, width);
  const shown = lines.slice(0, BRIEFING_LINES);
  if (lines.length > shown.length) shown[shown.length - 1] = fit(`${shown.at(-1)!} …`, width);
  return shown.map((line, i) => plainRow(`briefing/${i}`, line));
}

function checkRows(drill: DrillFeedSnapshot, names: readonly string[], width: number): PaneRow[] {
  const nameWidth = Math.min(24, Math.max(4, ...names.map((n) => n.length)));
  const rows = names.slice(0, CHECK_ROWS).map((name): PaneRow => {
    const result = drill.results[name];
    const state: CheckState = !result ? 'not run' : result.timedOut ? 'TIMEOUT' : result.status;
    const { glyph, tone } = stateLook(state);
    const head = `${glyph} ${state.padEnd(8)} ${fit(name, nameWidth).padEnd(nameWidth)}  `;
    return { key: `check/${name}`, segments: [{ text: head, tone }, { text: fit(result?.summary ?? '', Math.max(0, width - head.length)), tone: 'muted' }] };
  });
  if (names.length > CHECK_ROWS) rows.push(plainRow('check/more', `… and ${names.length - CHECK_ROWS} more`, 'muted'));
  return rows;
}

/** When the loop last finished a check, as "last run 3s ago"; "not run yet" before the first. */
function lastRun(drill: DrillFeedSnapshot, now: number): string {
  const times = Object.values(drill.results).map((r) => Date.parse(r.finishedAt));
  return times.length === 0 ? 'not run yet' : `last run ${formatAge(now - Math.max(...times))} ago`;
}

/** Every row of the section for content `width`; `checkNames` in config order. */
export function drillStartRows(drill: DrillFeedSnapshot, checkNames: readonly string[], now: number, width: number): PaneRow[] {
  const every = formatAge(drill.everyMs);
  const rows: PaneRow[] = [
    plainRow('title', fit(`Drill: ${drill.title}`, width), 'accent'),
    ...briefingRows(drill.briefing, width),
    plainRow('checks', fit(`Checks, run by the drill every ${every} (${lastRun(drill, now)}); d declares an incident`, width), 'muted'),
    ...checkRows(drill, checkNames, width),
  ];
  const problems = drill.problems.slice(-PROBLEM_ROWS);
  problems.forEach((text, i) => rows.push(plainRow(`problem/${i}`, fit(`✗ drill: ${text}`, width), 'critical')));
  return rows;
}
