/** The drill score as terminal lines and as markdown for the drill's output directory. */
import { formatDuration } from '../durations.js';
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
    ['mitigation used', `${score.mitigation.used.join(', ') || 'none'} (expected ${score.mitigation.expected.join(' or ')})`, mark(score.mitigation.met)],
    ['checklist followed', c.share === null ? 'no checklist attached' : `${c.ticked}/${c.total} ticked`, mark(c.share === null ? null : c.share >= 0.5)],
  ];
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
  ].join('\n');
}
