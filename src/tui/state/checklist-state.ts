/**
 * The Checklist pane's slice of the console state: the runbook files as last read for the open
 * incident, which groups are folded, refresh requests and the linked checks still running. The
 * checklist itself is built from these files and the live fold of the log (ticks show at once);
 * src/tui/live/checklist-loader.ts reads the files in the background.
 */
import type { RunbookLoad } from '../../domain/checklist/checklist-view.js';
import type { ConsoleAction } from './console-state.js';

/** The runbook files read for one incident, by canonical runbook name. */
export interface ChecklistFiles {
  incidentId: string;
  loads: ReadonlyMap<string, RunbookLoad>;
}

export interface ChecklistState {
  /** Kept on screen while the next read runs. */
  files: ChecklistFiles | undefined;
  /** Keys of folded runbook and section rows. */
  collapsed: ReadonlySet<string>;
  /** Counts refresh requests (Ctrl-R, a file edited during the incident); the loader reads again when it changes. */
  refresh: number;
  /** Checks started from the checklist that have not finished. */
  running: readonly string[];
}

export type ChecklistAction =
  | { type: 'checklist/files'; files: ChecklistFiles }
  | { type: 'checklist/fold'; key: string }
  | { type: 'checklist/refresh' }
  | { type: 'checklist/check-started'; name: string }
  | { type: 'checklist/check-finished'; name: string };

/** Nothing read, folded or running yet. */
export function initialChecklistState(): ChecklistState {
  return { files: undefined, collapsed: new Set(), refresh: 0, running: [] };
}

function sameLoads(a: ReadonlyMap<string, RunbookLoad>, b: ReadonlyMap<string, RunbookLoad>): boolean {
  if (a.size !== b.size) return false;
  for (const [name, load] of a) {
    const other = b.get(name);
    if (!other || other.ok !== load.ok) return false;
    if (load.ok && other.ok && load.value.contentHash !== other.value.contentHash) return false;
    if (!load.ok && !other.ok && load.error !== other.error) return false;
  }
  return true;
}

/** Reduces one action; returns the same object when nothing changed (an unchanged re-read included). */
export function reduceChecklist(state: ChecklistState, a: ConsoleAction): ChecklistState {
  switch (a.type) {
    case 'checklist/files': {
      const before = state.files;
      if (before && before.incidentId === a.files.incidentId && sameLoads(before.loads, a.files.loads)) return state;
      return { ...state, files: a.files };
    }
    case 'checklist/fold': {
      const collapsed = new Set(state.collapsed);
      if (!collapsed.delete(a.key)) collapsed.add(a.key);
      return { ...state, collapsed };
    }
    case 'checklist/refresh':
      return { ...state, refresh: state.refresh + 1 };
    case 'checklist/check-started':
      return state.running.includes(a.name) ? state : { ...state, running: [...state.running, a.name] };
    case 'checklist/check-finished':
      return state.running.includes(a.name) ? { ...state, running: state.running.filter((n) => n !== a.name) } : state;
    case 'incident/open':
      // Another incident has other runbooks; folds and files of this one do not carry over.
      return state.files?.incidentId === a.incidentId ? state : { ...state, files: undefined, collapsed: new Set() };
    default:
      return state;
  }
}
