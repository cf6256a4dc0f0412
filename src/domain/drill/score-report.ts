/** The drill score as terminal lines and as markdown for the drill's output directory. */
import { formatDuration } from '../durations.js';
import { FOLLOWED_SHARE, JUDGED_SECTIONS } from './checklist-judge.js';
import type { DrillScore, TimedMark } from './score.js';

const mark = (met: boolean | null) => (met === null ? '-' : met ? 'yes' : 'NO');

function timeText(t: TimedMark): string {
  const took = t.ms === null ? 'never' : formatDuration(t.ms);
  return t.targetMs === null ? took : `${took} (target ${formatDuration(t.targetMs)})`;
}

/** Rows of [question, answer, met?] shared by both renderings. */
function rows(score: DrillScore): [string, string, string][] {
  const c = score.checklist;
  return [
    ['severity', `${score.severity.chosen ?? 'not declared'} (expected ${score.severity.expected})`, mark(score.severity.met)],
    ...score.times.map((t): [string, string, string] => [`time to ${t.label}`, timeText(t), mark(t.met)]),
    ['suspect change marked', score.suspect.marked.join(', ') || 'none', mark(score.suspect.met)],
    ['mitigation used', mitigationText(score.mitigation), mark(score.mitigation.met)],
    ['checklist followed', c.total === 0 ? 'no checklist attached' : `${c.ticked}/${c.total} of the items up to mitigation ticked (${c.allTicked}/${c.allTotal} in all)`, mark(c.met)],
  ];
}

/** What ran for real and worked, apart from what was tried and failed and what was only dry-run. */
function mitigationText(m: DrillScore['mitigation']): string {
  const parts = [`${m.used.join(', ') || 'none'} (expected ${m.expected.join(' or ')})`];
  if (m.failed.length > 0) parts.push(`tried but failed: ${m.failed.join(', ')}`);
  if (m.dryRunOnly.length > 0) parts.push(`dry run only: ${m.dryRunOnly.join(', ')}`);
  return parts.join('; ');
}

/** Plain lines for the terminal after the console closes. */
export function scoreLines(score: DrillScore): string[] {
  const table = rows(score);
  const width = Math.max(...table.map(([q]) => q.length));
  return [
    `Drill ${score.scenario}: ${score.points}/${score.outOf}${score.incidentId ? ` (incident ${score.incidentId})` : ' (no incident declared)'}`,
    ...table.map(([q, a, met]) => `  ${met.padEnd(3)}  ${q.padEnd(width)}  ${a}`),
  ];
}

/** A markdown report: the score table; the caller appends the timeline. */
export function scoreMarkdown(score: DrillScore): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  return [
    `# Drill: ${score.scenario}`,
    '',
    `Fault injected ${score.faultAt}; drill ended ${score.endedAt}. Score **${score.points}/${score.outOf}**.`,
    '',
    '| question | answer | met |',
    '|---|---|---|',
    ...rows(score).map(([q, a, met]) => `| ${q} | ${escape(a)} | ${met} |`),
    '',
    ...howJudged(score),
  ].join('\n');
}

/** The scoring rules that are not obvious from the table. */
function howJudged(score: DrillScore): string[] {
  const share = `${Math.round(FOLLOWED_SHARE * 100)}%`;
  const sections = score.checklist.sections.map((s) => `- ${s}`);
  return [
    'Only a real run that finished well counts as the mitigation used; a dry run or a failed run does not.',
    `The checklist counts as followed when ${share} of the top-level items of the first ${JUDGED_SECTIONS} sections of each runbook on it are ticked${sections.length > 0 ? ':' : '.'}`,
    ...(sections.length > 0 ? ['', ...sections] : []),
    '',
  ];
}
