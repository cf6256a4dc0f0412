/**
 * Recent changes pane rows: the merged "what changed" view around the incident's detection time,
 * with the sources that failed on top (the others still show), the detection marker, highlight,
 * suspect and migration caution, and the marks responders put on the timeline. Pure.
 */
import type { ChangeRow } from '../../domain/changes/change-view.js';
import type { ChangeSourceType, PendingSource, SourceReport } from '../../domain/changes/change-model.js';
import { describeSourceProblem } from '../../domain/changes/change-model.js';
import { windowLabel } from '../../domain/changes/change-window.js';
import { formatDuration } from '../../domain/durations.js';
import type { IncidentState, SuspectChange } from '../../domain/incident-state.js';
import { effectiveWindowMs, type ChangesState } from '../state/changes-state.js';
import type { PaneRow, RowSegment } from './pane-row.js';

export const CHANGES_EMPTY = 'No recent changes — add change sources (`changes:` git, deploys) to warroom.yaml';

/** What the pane needs from the config: whether any source is configured and the default window. */
export interface ChangesSettings {
  sourceCount: number;
  defaultWindowMs: number;
}

export interface ChangesPaneModel {
  rows: PaneRow[];
  /** For each row, the change it belongs to (a change's caution row belongs to it too). */
  changes: (ChangeRow | undefined)[];
  /** What went wrong with the sources, one line each as the rows show it. */
  problems: string[];
  /** The same in full, every bad line listed: what Enter on a problem row shows. */
  problemDetails: string[];
  /** The pane title's note: the window in force ("2h"), or the count of marks without sources. */
  info: string;
}

const SOURCE_TYPE_NAMES: Record<ChangeSourceType, string> = { git: 'git', deploys: 'deploys', changelog: 'change log' };
const MARKER_FILL = '─'.repeat(200);

/** "git api: not a git repository": which source failed, and why. */
export function sourceProblem(report: SourceReport): string | undefined {
  const problem = describeSourceProblem(report);
  return problem && `${SOURCE_TYPE_NAMES[report.sourceType]} ${problem}`;
}

/** "still loading deploys k8s (up to 8s): ops/deploy-history": a source the list does not include yet. */
export function sourceLoading(source: PendingSource): string {
  const limit = source.timeoutMs !== undefined ? ` (up to ${formatDuration(source.timeoutMs)})` : '';
  return `still loading ${SOURCE_TYPE_NAMES[source.sourceType]} ${source.source}${limit}: ${source.origin}`;
}

function time(iso: string, detectedAt: string): string {
  const text = new Date(Date.parse(iso)).toISOString();
  return text.slice(0, 10) === detectedAt.slice(0, 10) ? text.slice(11, 16) : `${text.slice(5, 10)} ${text.slice(11, 16)}`;
}

/** The change's own row and, under it, its flags (suspect, marked) and its rollback caution. */
function changeRowsOf(row: ChangeRow, marked: boolean, detectedAt: string): PaneRow[] {
  const c = row.change;
  const older = !row.highlighted && !row.afterDetection;
  const main: RowSegment[] = [
    { text: row.highlighted ? '>' : ' ', tone: 'accent' },
    { text: `${time(c.at, detectedAt)} `, tone: row.highlighted ? 'accent' : 'muted' },
    { text: `${c.kind} `, tone: c.kind === 'commit' ? 'muted' : 'warning' },
    ...(c.merge ? [{ text: 'merge ', tone: 'accent' } as const] : []),
    { text: c.title, tone: older ? 'muted' : 'normal' },
    { text: `${c.filesChanged !== undefined ? ` (${c.filesChanged} file${c.filesChanged === 1 ? '' : 's'})` : ''} · ${c.actor}`, tone: 'muted' },
  ];
  const rows: PaneRow[] = [{ key: c.id, segments: main }];
  if (row.suspect || marked) {
    rows.push({
      key: `${c.id}/flags`,
      segments: [
        { text: '  ', tone: 'normal' },
        ...(row.suspect ? [{ text: 'SUSPECT ', tone: 'critical' } as const] : []),
        ...(marked ? [{ text: 'MARKED ', tone: 'alarm' } as const] : []),
        { text: row.timing, tone: 'warning' },
        { text: row.suspect && !marked ? ' · m marks it' : '', tone: 'muted' },
      ],
    });
  }
  if (row.caution) rows.push({ key: `${c.id}/caution`, segments: [{ text: `  caution: ${row.caution}`, tone: 'warning' }] });
  return rows;
}

function markRow(suspect: SuspectChange, haveSources: boolean): PaneRow {
  return {
    key: `marked/${suspect.changeId}`,
    segments: [
      { text: 'MARKED ', tone: 'alarm' },
      { text: `${suspect.kind}${suspect.ref ? ` ${suspect.ref}` : ''} `, tone: 'warning' },
      { text: suspect.title, tone: 'normal' },
      { text: haveSources ? ' (not in this window)' : '', tone: 'muted' },
    ],
  };
}

/** Builds the pane's rows for the open incident from the changes slice (pure; memoise the caller). */
export function changesPaneModel(incident: IncidentState, changes: ChangesState, settings: ChangesSettings): ChangesPaneModel {
  const windowMs = effectiveWindowMs(changes, incident.id, settings.defaultWindowMs);
  const label = windowLabel(windowMs);
  const rows: PaneRow[] = [];
  const owners: (ChangeRow | undefined)[] = [];
  const add = (row: PaneRow, owner?: ChangeRow) => {
    rows.push(row);
    owners.push(owner);
  };
  const problems: string[] = [];
  const problemDetails: string[] = [];
  const marked = new Set(incident.suspects.map((s) => s.changeId));
  const shown = new Set<string>();

  if (settings.sourceCount > 0) {
    const result = changes.result?.incidentId === incident.id ? changes.result : undefined;
    const pending = changes.pending?.incidentId === incident.id ? changes.pending : undefined;
    // The load in flight has reported some sources: its view so far is on screen.
    const current = result !== undefined && (pending === undefined || result.key === pending.key);
    if (!current) {
      const showing = result && result.windowMs !== windowMs ? ` (showing ${windowLabel(result.windowMs)})` : '';
      add({ key: 'loading', segments: [{ text: `loading changes of the last ${label} before detection…${showing}`, tone: 'muted' }] });
    }
    const stillLoading = current ? (result.view?.loading ?? []) : [];
    for (const source of stillLoading) add({ key: `loading/${source.source}/${source.origin}`, segments: [{ text: sourceLoading(source), tone: 'muted' }] });
    if (result?.error !== undefined) {
      problems.push(`changes: ${result.error}`);
      problemDetails.push(`changes: ${result.error}`);
    }
    const view = result?.view;
    for (const report of view?.sources ?? []) {
      const problem = sourceProblem(report);
      if (!problem) continue;
      problems.push(problem);
      problemDetails.push(problem, ...report.lineErrors.map((e) => `  ${e.origin}:${e.line}: ${e.message}`));
    }
    problems.forEach((problem, i) => add({ key: `problem/${i}`, segments: [{ text: `✗ ${problem}`, tone: 'critical' }] }));
    if (view && stillLoading.length === 0 && !view.rows.some((r) => r.type === 'change')) {
      add({ key: 'none', segments: [{ text: `no changes in the ${windowLabel(view.window.windowMs)} before detection · w widens`, tone: 'muted' }] });
    }
    for (const row of view?.rows ?? []) {
      if (row.type === 'detection') {
        add({ key: 'detection', segments: [{ text: `── ${row.text} ${MARKER_FILL}`, tone: 'alarm' }] });
        continue;
      }
      shown.add(row.change.id);
      for (const paneRow of changeRowsOf(row, marked.has(row.change.id), view!.window.detectedAt)) add(paneRow, row);
    }
  }
  for (const suspect of incident.suspects) if (!shown.has(suspect.changeId)) add(markRow(suspect, settings.sourceCount > 0));
  if (settings.sourceCount === 0 && rows.length > 0) add({ key: 'no-sources', segments: [{ text: 'no change sources configured (`changes:` in warroom.yaml)', tone: 'muted' }] });
  const info = settings.sourceCount > 0 ? label : incident.suspects.length > 0 ? String(incident.suspects.length) : '';
  return { rows, changes: owners, problems, problemDetails, info };
}

const models = new WeakMap<IncidentState, { changes: ChangesState; settings: ChangesSettings; model: ChangesPaneModel }>();

/** `changesPaneModel`, memoised per incident object, so unchanged inputs give the same rows (stable React props). */
export function memoChangesPaneModel(incident: IncidentState, changes: ChangesState, settings: ChangesSettings): ChangesPaneModel {
  const hit = models.get(incident);
  if (hit && hit.changes === changes && hit.settings.sourceCount === settings.sourceCount && hit.settings.defaultWindowMs === settings.defaultWindowMs) {
    return hit.model;
  }
  const model = changesPaneModel(incident, changes, settings);
  models.set(incident, { changes, settings, model });
  return model;
}
