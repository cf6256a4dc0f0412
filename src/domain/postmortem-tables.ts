/** The table-shaped sections of the postmortem: milestones, timeline, checks, action items. */
import { formatDuration } from './durations.js';
import { escapeMarkdown, inlineCode, prompt, table, tableCell } from './markdown-text.js';
import type { PostmortemModel } from './postmortem-model.js';
import { utcDateTime, utcTime } from './timeline-line.js';

const NOT_RECORDED = prompt('not recorded');

/** Milestone times with time since detection, then the derived figures against their targets. */
export function milestoneLines(model: PostmortemModel): string[] {
  const detected = Date.parse(model.start);
  const milestones = table(
    ['Milestone', 'Time (UTC)', 'Since detection'],
    model.milestones.map((m) => [
      m.label,
      m.at ? utcDateTime(m.at) : NOT_RECORDED,
      m.at ? `+${formatDuration(Math.max(0, Date.parse(m.at) - detected))}` : ' ',
    ]),
  );
  const figures = table(
    ['Measure', 'Value', `Target (${model.severity.highest})`],
    model.figures.map((f) => [
      f.label,
      f.ms === null ? prompt('not reached') : formatDuration(f.ms),
      f.targetMinutes === undefined ? '—' : `under ${formatDuration(f.targetMinutes * 60_000)}${verdict(f.ms, f.targetMinutes)}`,
    ]),
  );
  return [...milestones, '', ...figures];
}

function verdict(ms: number | null, targetMinutes: number): string {
  if (ms === null) return '';
  return ms < targetMinutes * 60_000 ? ': met' : ': **missed**';
}

/** Every event, in order. The date appears when it changes, so midnight-spanning incidents stay clear. */
export function timelineLines(model: PostmortemModel): string[] {
  let previousDate = '';
  const rows = model.timeline.map((entry) => {
    const date = utcDateTime(entry.at).slice(0, 10);
    const time = date === previousDate ? utcTime(entry.at) : utcDateTime(entry.at);
    previousDate = date;
    return [time, tableCell(entry.actor), tableCell(entry.what), tableCell(entry.result)];
  });
  return [
    `${model.timeline.length} events; times in UTC.`,
    '',
    ...table(['Time (UTC)', 'Actor', 'What happened', 'Result'], rows),
  ];
}

/** Runbook versions used (by content hash) and the last result of every check. */
export function runbookAndCheckLines(model: PostmortemModel): string[] {
  const lines: string[] = ['### Runbooks used', ''];
  if (model.runbooks.length === 0) lines.push(prompt('No runbook was attached or ticked during the incident.'));
  else {
    lines.push(
      ...table(
        ['Runbook', 'Version (content hash)', 'Items checked', 'Items unchecked again'],
        model.runbooks.map((r) => [tableCell(r.runbook), inlineCode(r.contentHash.slice(0, 12)), String(r.checked), String(r.unchecked)]),
      ),
    );
  }
  lines.push('', '### Checks, last result', '');
  if (model.checks.length === 0) lines.push(prompt('No diagnostic check ran during the incident.'));
  else {
    lines.push(
      ...table(
        ['Check', 'Status', 'Summary', 'At (UTC)'],
        model.checks.map((c) => [
          tableCell(c.name),
          c.previousStatus && c.previousStatus !== c.status ? `${c.previousStatus} → ${c.status}` : c.status,
          tableCell(c.summary),
          utcDateTime(c.at),
        ]),
      ),
    );
  }
  return lines;
}

/** Follow-ups as the action-items table, or a prompt saying how to add them. */
export function actionItemLines(model: PostmortemModel): string[] {
  if (model.followups.length === 0) {
    return [
      prompt('No follow-up actions recorded yet. Each one needs an owner, a due date and a priority.'),
      '',
      '<!-- Add them with `warroom followup add TEXT --owner NAME --due YYYY-MM-DD --priority P1|P2|P3`; they appear here on the next export. -->',
    ];
  }
  return table(
    ['ID', 'Action', 'Owner', 'Due', 'Priority', 'Status'],
    model.followups.map((f) => [
      f.id,
      tableCell(f.text),
      f.owner ? tableCell(f.owner) : NOT_RECORDED,
      f.due ?? NOT_RECORDED,
      f.priority,
      f.closedAt ? `closed ${f.closedAt.slice(0, 10)}` : 'open',
    ]),
  );
}

/** The severity and any changes of it, with who changed it and why. */
export function severityLines(model: PostmortemModel): string[] {
  const { initial, final, steps } = model.severity;
  if (steps.length === 0) return [`${initial} throughout.`];
  return [
    `Declared ${initial}; ended ${final}.`,
    '',
    ...table(
      ['Time (UTC)', 'By', 'Change', 'Reason'],
      steps.map((s) => [utcDateTime(s.at), tableCell(s.actor), `${s.from} → ${s.to}`, s.reason ? tableCell(s.reason) : NOT_RECORDED]),
    ),
  ];
}

/** Who held each role; unfilled roles are shown, not hidden. */
export function roleLines(model: PostmortemModel): string[] {
  return table(
    ['Role', 'Held by'],
    model.roles.map((r) => [r.title, r.name ? escapeMarkdown(r.name) : prompt('unassigned')]),
  );
}
