/**
 * What the Checklist pane renders: the view flattened to rows (runbook, section, item,
 * removed), honouring collapsed groups, plus the detail of one item for its Enter view.
 */
import type { ChecklistSource } from './checklist-sources.js';
import type { ChecklistView, ItemView, RunbookView, SectionView, TickInfo } from './checklist-view.js';
import type { RunbookLink, SuggestedCommand } from './runbook-model.js';

interface RowBase {
  /** Stable across renders: the selection and the collapsed set use it. */
  key: string;
  /** Indentation level: 0 runbook, 1 section, 2 and deeper items. */
  depth: number;
}

export type ChecklistRow =
  | (RowBase & { kind: 'runbook'; title: string; source: ChecklistSource; done: number; total: number; error: string | undefined; collapsed: boolean })
  | (RowBase & { kind: 'section'; title: string; done: number; total: number; collapsed: boolean })
  | (RowBase & {
      kind: 'item';
      text: string;
      checked: boolean;
      check: string | undefined;
      olderVersion: boolean;
      /** The latest toggle, for who ticked it and when. */
      tick: TickInfo | undefined;
      /** Whether Enter has something more to show (commands, links, notes). */
      hasDetail: boolean;
      hasChildren: boolean;
      collapsed: boolean;
    })
  | (RowBase & { kind: 'removed'; text: string; tick: TickInfo });

/** Collapse key of a runbook group. */
export function runbookRowKey(runbook: string): string {
  return runbook;
}

/** Collapse key of a section group (section ids never contain `/`, item ids always do). */
export function sectionRowKey(runbook: string, sectionId: string): string {
  return `${runbook}#${sectionId}`;
}

function itemRows(items: readonly ItemView[], depth: number, collapsed: ReadonlySet<string>): ChecklistRow[] {
  return items.flatMap((item) => {
    const isCollapsed = collapsed.has(item.key);
    const row: ChecklistRow = {
      kind: 'item',
      key: item.key,
      depth,
      text: item.text,
      checked: item.checked,
      check: item.check,
      olderVersion: item.olderVersion,
      tick: item.tick,
      hasDetail: item.commands.length + item.links.length + item.notes.length > 0 || item.check !== undefined,
      hasChildren: item.children.length > 0,
      collapsed: isCollapsed,
    };
    return isCollapsed ? [row] : [row, ...itemRows(item.children, depth + 1, collapsed)];
  });
}

function sectionRows(runbook: string, section: SectionView, collapsed: ReadonlySet<string>): ChecklistRow[] {
  const key = sectionRowKey(runbook, section.id);
  const isCollapsed = collapsed.has(key);
  const row: ChecklistRow = { kind: 'section', key, depth: 1, title: section.title, done: section.done, total: section.total, collapsed: isCollapsed };
  return isCollapsed ? [row] : [row, ...itemRows(section.items, 2, collapsed)];
}

function runbookRows(runbook: RunbookView, collapsed: ReadonlySet<string>): ChecklistRow[] {
  const key = runbookRowKey(runbook.runbook);
  const isCollapsed = collapsed.has(key);
  const row: ChecklistRow = {
    kind: 'runbook', key, depth: 0, title: runbook.title, source: runbook.source,
    done: runbook.done, total: runbook.total, error: runbook.error, collapsed: isCollapsed,
  };
  if (isCollapsed) return [row];
  const removed: ChecklistRow[] = runbook.removed.map((r) => ({ kind: 'removed', key: r.key, depth: 2, text: r.text, tick: r.tick }));
  return [row, ...runbook.sections.flatMap((s) => sectionRows(runbook.runbook, s, collapsed)), ...removed];
}

/** The visible rows, top to bottom; children of a collapsed key are left out. */
export function checklistRows(view: ChecklistView, collapsed: ReadonlySet<string> = new Set()): ChecklistRow[] {
  return view.runbooks.flatMap((runbook) => runbookRows(runbook, collapsed));
}

export interface ItemDetail {
  key: string;
  runbook: string;
  runbookTitle: string;
  sectionTitle: string;
  /** Texts of the items this one is nested under, outermost first. */
  parents: string[];
  text: string;
  line: number;
  checked: boolean;
  check: string | undefined;
  commands: SuggestedCommand[];
  links: RunbookLink[];
  notes: string[];
  tick: TickInfo | undefined;
  olderVersion: boolean;
}

function findPath(items: readonly ItemView[], key: string, parents: string[]): { item: ItemView; parents: string[] } | undefined {
  for (const item of items) {
    if (item.key === key) return { item, parents };
    const found = findPath(item.children, key, [...parents, item.text]);
    if (found) return found;
  }
  return undefined;
}

/** The detail of one item (commands, links, linked check, who ticked it), or undefined if the key is gone. */
export function itemDetail(view: ChecklistView, key: string): ItemDetail | undefined {
  for (const runbook of view.runbooks) {
    for (const section of runbook.sections) {
      const found = findPath(section.items, key, []);
      if (!found) continue;
      const { item, parents } = found;
      return {
        key, runbook: runbook.runbook, runbookTitle: runbook.title, sectionTitle: section.title, parents,
        text: item.text, line: item.line, checked: item.checked, check: item.check, commands: item.commands,
        links: item.links, notes: item.notes, tick: item.tick, olderVersion: item.olderVersion,
      };
    }
  }
  return undefined;
}
