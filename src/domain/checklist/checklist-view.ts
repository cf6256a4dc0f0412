/**
 * An incident's checklist: the runbook files as they are now, merged with the ticks recorded
 * on the timeline. Ticks follow item ids, so they survive edits elsewhere in the file; a tick
 * made against an earlier version keeps that version's hash; ticked items that left the file
 * are listed as removed; new items appear unticked.
 */
import type { ChecklistTick, IncidentState } from '../incident-state.js';
import { tickKey, type ChecklistEntry, type ChecklistSource } from './checklist-sources.js';
import type { ChecklistItem, Runbook, RunbookWarning } from './runbook-model.js';

/** A runbook file as read for this view. */
export interface LoadedRunbook {
  title: string;
  contentHash: string;
  runbook: Runbook;
}

/** A file that loaded, or why it did not (missing, too large, unreadable). */
export type RunbookLoad = { ok: true; value: LoadedRunbook } | { ok: false; error: string };

export interface TickInfo {
  checked: boolean;
  by: string;
  at: string;
  contentHash: string;
}

/** An item as the incident sees it: the file's item plus its recorded state. */
export interface ItemView extends Omit<ChecklistItem, 'children'> {
  key: string;
  runbook: string;
  checked: boolean;
  /** The latest toggle of this item, if anyone has touched it. */
  tick: TickInfo | undefined;
  /** Ticked while the file had different content (an untick leaves the item open: its version does not matter). */
  olderVersion: boolean;
  children: ItemView[];
}

export interface SectionView {
  id: string;
  title: string;
  done: number;
  total: number;
  items: ItemView[];
}

/** A ticked item whose id no longer exists in the current file. */
export interface RemovedItemView {
  key: string;
  runbook: string;
  id: string;
  text: string;
  tick: TickInfo;
}

export interface RunbookView {
  runbook: string;
  title: string;
  source: ChecklistSource;
  contentHash: string | undefined;
  error: string | undefined;
  /** Sections that have items; headings without items are for the read view. */
  sections: SectionView[];
  removed: RemovedItemView[];
  warnings: RunbookWarning[];
  done: number;
  total: number;
}

export interface ChecklistView {
  incidentId: string;
  runbooks: RunbookView[];
  done: number;
  total: number;
}

function tickInfo(tick: ChecklistTick): TickInfo {
  return { checked: tick.checked, by: tick.by, at: tick.at, contentHash: tick.contentHash };
}

function itemView(item: ChecklistItem, runbook: string, hash: string, ticks: IncidentState['checklist']): ItemView {
  const key = tickKey(runbook, item.id);
  const tick = ticks[key];
  const { children, ...fields } = item;
  return {
    ...fields,
    key,
    runbook,
    checked: tick?.checked ?? false,
    tick: tick ? tickInfo(tick) : undefined,
    olderVersion: tick !== undefined && tick.checked && tick.contentHash !== hash,
    children: children.map((child) => itemView(child, runbook, hash, ticks)),
  };
}

/** Every item of a tree of item views, parents before children. */
export function flattenItems(items: readonly ItemView[]): ItemView[] {
  return items.flatMap((item) => [item, ...flattenItems(item.children)]);
}

function runbookView(entry: ChecklistEntry, load: RunbookLoad | undefined, ticks: IncidentState['checklist']): RunbookView {
  const recorded = Object.entries(ticks).filter(([, tick]) => tick.runbook === entry.runbook);
  const base = { runbook: entry.runbook, source: entry.source, warnings: [] as RunbookWarning[] };
  if (!load?.ok) {
    // The file cannot be read now; what was ticked still shows, attributed to its version.
    const removed = recorded.filter(([, t]) => t.checked).map(([key, t]) => removedView(key, t));
    const error = load?.error ?? `runbook ${entry.runbook} was not loaded`;
    return { ...base, title: entry.runbook, contentHash: undefined, error, sections: [], removed, done: 0, total: 0 };
  }
  const { title, contentHash, runbook } = load.value;
  const sections = runbook.sections
    .filter((section) => section.items.length > 0)
    .map((section) => {
      const items = section.items.map((item) => itemView(item, entry.runbook, contentHash, ticks));
      const all = flattenItems(items);
      return { id: section.id, title: section.title, items, done: all.filter((i) => i.checked).length, total: all.length };
    });
  const present = new Set(runbook.items.map((item) => tickKey(entry.runbook, item.id)));
  const removed = recorded.filter(([key, t]) => t.checked && !present.has(key)).map(([key, t]) => removedView(key, t));
  const done = sections.reduce((n, s) => n + s.done, 0);
  const total = sections.reduce((n, s) => n + s.total, 0);
  return { ...base, title, contentHash, error: undefined, sections, removed, warnings: runbook.warnings, done, total };
}

function removedView(key: string, tick: ChecklistTick): RemovedItemView {
  return { key, runbook: tick.runbook, id: tick.itemId, text: tick.text, tick: tickInfo(tick) };
}

/** Builds the checklist view from the entries, their loaded files, and the incident's recorded ticks. */
export function buildChecklistView(
  incident: Pick<IncidentState, 'id' | 'checklist'>,
  entries: readonly ChecklistEntry[],
  loads: ReadonlyMap<string, RunbookLoad>,
): ChecklistView {
  const runbooks = entries.map((entry) => runbookView(entry, loads.get(entry.runbook), incident.checklist));
  return {
    incidentId: incident.id,
    runbooks,
    done: runbooks.reduce((n, r) => n + r.done, 0),
    total: runbooks.reduce((n, r) => n + r.total, 0),
  };
}
