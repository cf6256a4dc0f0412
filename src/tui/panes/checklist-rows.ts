/**
 * Checklist pane rows: the incident's runbooks as read now merged with the ticks on the log
 * (runbook and section progress, nesting, who ticked, ticks made on an older file version, ticked
 * items that left the file). Pure; the view is rebuilt from every fold, so a tick shows at once.
 */
import { checklistRows, type ChecklistRow } from '../../domain/checklist/checklist-rows.js';
import { checklistEntries, type ChecklistConfig, type ChecklistSource } from '../../domain/checklist/checklist-sources.js';
import { buildChecklistView, type ChecklistView } from '../../domain/checklist/checklist-view.js';
import type { IncidentState } from '../../domain/incident-state.js';
import type { ChecklistState } from '../state/checklist-state.js';
import type { PaneRow, RowSegment, RowTone } from './pane-row.js';

export const CHECKLIST_EMPTY = 'No checklist configured — set `runbooks.checklist` in warroom.yaml, or press p to attach a runbook';

export interface ChecklistPaneModel {
  /** Undefined until the runbook files of this incident have been read once. */
  view: ChecklistView | undefined;
  rows: PaneRow[];
  /** For each row, the checklist row it draws (undefined for the "reading" line). */
  entries: (ChecklistRow | undefined)[];
  /** The pane title's note: items done of all items. */
  info: string;
}

const SOURCE_NOTES: Record<ChecklistSource, string> = { default: '', severity: ' (severity)', attached: ' (attached)', ticked: ' (ticked earlier)' };
const STATUS_TONE: Record<string, RowTone> = { OK: 'ok', WARNING: 'warning', CRITICAL: 'critical', UNKNOWN: 'unknown' };

function fold(collapsed: boolean): string {
  return collapsed ? '▸ ' : '▾ ';
}

function checkSegments(check: string | undefined, incident: IncidentState, running: readonly string[]): RowSegment[] {
  if (!check) return [];
  if (running.includes(check)) return [{ text: ` check:${check} running…`, tone: 'accent' }];
  const result = incident.checks[check];
  return [
    { text: ` check:${check}`, tone: 'accent' },
    ...(result ? [{ text: ` ${result.status}`, tone: STATUS_TONE[result.status] ?? 'unknown' }] : []),
  ];
}

/** One pane row for one checklist row. */
export function checklistPaneRow(row: ChecklistRow, incident: IncidentState, running: readonly string[] = []): PaneRow {
  const indent = ' '.repeat(Math.max(0, row.depth - 1));
  switch (row.kind) {
    case 'runbook': {
      if (row.error) return { key: row.key, segments: [{ text: `✗ ${row.title}: ${row.error}`, tone: 'critical' }] };
      const progress = row.total > 0 ? ` ${row.done}/${row.total}` : ' (document: Enter reads it)';
      return {
        key: row.key,
        segments: [
          { text: `${fold(row.collapsed)}${row.title}`, tone: 'accent' },
          { text: progress, tone: row.total > 0 && row.done === row.total ? 'ok' : 'muted' },
          { text: SOURCE_NOTES[row.source], tone: 'muted' },
        ],
      };
    }
    case 'section':
      return {
        key: row.key,
        segments: [
          { text: `${indent}${fold(row.collapsed)}${row.title} `, tone: 'normal' },
          { text: `${row.done}/${row.total}`, tone: row.done === row.total ? 'ok' : 'muted' },
        ],
      };
    case 'item': {
      // Who ticked goes before the text: in a narrow pane the end of a long item is cut off.
      const by = row.checked && row.tick ? row.tick.by : undefined;
      const tag = by ? `(${by}${row.olderVersion ? ', old version' : ''}) ` : '';
      return {
        key: row.key,
        segments: [
          { text: `${indent}${row.checked ? '[x] ' : '[ ] '}`, tone: row.checked ? 'ok' : 'normal' },
          { text: tag, tone: row.olderVersion ? 'warning' : 'muted' },
          { text: row.text, tone: row.checked ? 'muted' : 'normal' },
          ...(row.hasChildren && row.collapsed ? [{ text: ' …', tone: 'muted' } as const] : []),
          ...checkSegments(row.check, incident, running),
        ],
      };
    }
    case 'removed':
      return {
        key: row.key,
        segments: [
          { text: `${indent}[x] `, tone: 'muted' },
          { text: `(${row.tick.by}, removed) `, tone: 'warning' },
          { text: row.text, tone: 'muted' },
        ],
      };
  }
}

/** The pane's rows for `incident`: its checklist entries, the files read for it, folds and running checks. */
export function checklistPaneModel(incident: IncidentState, config: ChecklistConfig, state: ChecklistState): ChecklistPaneModel {
  const entries = checklistEntries(config, incident);
  if (entries.length === 0) return { view: undefined, rows: [], entries: [], info: '' };
  const files = state.files?.incidentId === incident.id ? state.files : undefined;
  if (!files) return { view: undefined, rows: [{ key: 'reading', segments: [{ text: 'reading runbooks…', tone: 'muted' }] }], entries: [undefined], info: '' };
  // A runbook attached a moment ago may not be read yet: it shows as being read, not as an error.
  const loads = new Map(files.loads);
  for (const entry of entries) if (!loads.has(entry.runbook)) loads.set(entry.runbook, { ok: false, error: 'reading…' });
  const view = buildChecklistView(incident, entries, loads);
  const rows = checklistRows(view, state.collapsed);
  return {
    view,
    rows: rows.map((row) => checklistPaneRow(row, incident, state.running)),
    entries: rows,
    info: view.total > 0 ? `${view.done}/${view.total}` : '',
  };
}

const models = new WeakMap<IncidentState, { config: ChecklistConfig; state: ChecklistState; model: ChecklistPaneModel }>();

/** `checklistPaneModel`, memoised per incident object, so unchanged inputs give the same rows (stable React props). */
export function memoChecklistPaneModel(incident: IncidentState, config: ChecklistConfig, state: ChecklistState): ChecklistPaneModel {
  const hit = models.get(incident);
  if (hit && hit.config === config && hit.state === state) return hit.model;
  const model = checklistPaneModel(incident, config, state);
  models.set(incident, { config, state, model });
  return model;
}
