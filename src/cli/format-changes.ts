/** Text rendering of the "what changed" view for `warroom changes` (colour only on a terminal). */
import { sourceProblemLines } from '../domain/changes/change-model.js';
import { changeRows, type ChangeRow, type ChangesView } from '../domain/changes/change-view.js';
import { paintAlert } from './paint.js';

export interface ChangesHeading {
  /** The incident whose detection anchors the view; undefined means "now". */
  incidentId?: string | undefined;
}

/** The list with a header, the detection marker, highlight and suspect flags, cautions and problems. */
export function formatChangesView(view: ChangesView, heading: ChangesHeading): string[] {
  const detected = view.window.detectedAt;
  const rows = changeRows(view);
  const anchor = heading.incidentId ? `${heading.incidentId} detected ${dateTime(detected)}` : `no open incident: up to now, ${dateTime(detected)}`;
  const span = heading.incidentId ? view.windowText : view.windowText.replace(/detection/g, 'now');
  const lines = [`${anchor}; showing ${span}`];
  if (rows.length === 0) lines.push('  no changes in this window (widen it with --since 6h)');
  const times = new Map(rows.map((r) => [r.change.id, time(r.change.at, detected)]));
  const widths = {
    time: Math.max(4, ...[...times.values()].map((t) => t.length)),
    kind: Math.max(4, ...rows.map((r) => r.change.kind.length)),
    source: Math.max(6, ...rows.map((r) => r.change.source.length)),
    id: Math.max(2, ...rows.map((r) => r.shortId.length)),
  };
  if (rows.length > 0) lines.push(`  ${'TIME'.padEnd(widths.time)}  ${'KIND'.padEnd(widths.kind)}  ${'SOURCE'.padEnd(widths.source)}  ${'T'.padStart(7)}  ${'ID'.padEnd(widths.id)}  WHAT`);
  for (const row of view.rows) {
    if (row.type === 'detection') {
      lines.push(`── ${heading.incidentId ? row.text : `now ${clock(detected)}`} ${'─'.repeat(40)}`);
      continue;
    }
    lines.push(formatRow(row, times.get(row.change.id)!, widths));
    if (row.caution) lines.push(`${' '.repeat(widths.time + 4)}${paintAlert('caution:')} ${row.caution}`);
  }
  if (view.highlightedCount > 0) lines.push('', `> changed in the ${Math.round(view.highlightMs / 60_000)} min before ${heading.incidentId ? 'detection' : 'now'}`);
  if (view.suspect) lines.push(...suspectLines(view.suspect, heading));
  const problems = view.sources.flatMap((report) => sourceProblemLines(report));
  if (problems.length > 0) lines.push('', 'Sources with problems (the rest are shown):', ...problems.map((p) => `  ${p}`));
  return lines;
}

function formatRow(row: ChangeRow, at: string, widths: { time: number; kind: number; source: number; id: number }): string {
  const c = row.change;
  const flag = row.highlighted ? '>' : ' ';
  const extra = [c.merge ? 'merge' : undefined, c.filesChanged !== undefined ? `${c.filesChanged} file${c.filesChanged === 1 ? '' : 's'}` : undefined]
    .filter(Boolean)
    .join(', ');
  const tags = [row.suspect ? paintAlert('SUSPECT') : undefined, row.marked ? 'MARKED' : undefined].filter(Boolean).join(' ');
  const what = `${c.title}${extra ? ` (${extra})` : ''} · ${c.actor}${tags ? `  ${tags}` : ''}`;
  const relative = row.afterDetection ? `T+${-row.minutesBeforeDetection}m` : `T-${row.minutesBeforeDetection}m`;
  return `${flag} ${at.padEnd(widths.time)}  ${c.kind.padEnd(widths.kind)}  ${c.source.padEnd(widths.source)}  ${relative.padStart(7)}  ${row.shortId.padEnd(widths.id)}  ${what}`;
}

function suspectLines(suspect: ChangeRow, heading: ChangesHeading): string[] {
  const c = suspect.change;
  const target = c.previousRef ? `rollback target ${c.previousRef}` : 'no earlier version known';
  const timing = heading.incidentId ? suspect.timing : suspect.timing.replace('detection', 'now');
  const lines = ['', `Likely trigger: ${c.kind} ${c.title}, ${timing} (${target})`];
  if (suspect.caution) lines.push(`  caution: ${suspect.caution}`);
  if (heading.incidentId && !suspect.marked) lines.push(`  record it on the timeline: warroom suspect ${suspect.shortId}`);
  return lines;
}


/** "03:10" on the detection's UTC day, else "11-21 23:50". */
function time(iso: string, reference: string): string {
  const text = new Date(Date.parse(iso)).toISOString();
  return text.slice(0, 10) === new Date(Date.parse(reference)).toISOString().slice(0, 10) ? text.slice(11, 16) : `${text.slice(5, 10)} ${text.slice(11, 16)}`;
}

function clock(iso: string): string {
  return `${new Date(Date.parse(iso)).toISOString().slice(11, 16)} UTC`;
}

function dateTime(iso: string): string {
  const text = new Date(Date.parse(iso)).toISOString();
  return `${text.slice(0, 10)} ${text.slice(11, 16)} UTC`;
}
