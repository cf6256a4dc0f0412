/**
 * The Recent changes pane's slice of the console state: the window chosen with w/W, refresh
 * requests, the load in flight and the last view loaded (a partial one while slow sources are
 * still read). Sources are read in the background by src/tui/live/changes-loader.ts; this
 * reducer only records what it reports.
 */
import type { ChangesView } from '../../domain/changes/change-view.js';
import type { ConsoleAction } from './console-state.js';

/** One load: which incident and window it is for; `key` tells it apart from any other load. */
export interface ChangesRequest {
  key: string;
  incidentId: string;
  windowMs: number;
}

/** A finished load: the view, or why it could not be built at all (a source failing is in the view). */
export type ChangesResult = ChangesRequest & ({ view: ChangesView; error?: undefined } | { view?: undefined; error: string });

export interface ChangesState {
  /** The window chosen with w/W, for one incident; another incident starts from the configured one. */
  chosen: { incidentId: string; windowMs: number } | undefined;
  /** Counts refresh requests; the loader loads again when it changes. */
  refresh: number;
  pending: ChangesRequest | undefined;
  /** Kept on screen while the next load runs, until its first source is in; then that load's view so far. */
  result: ChangesResult | undefined;
}

export type ChangesAction =
  | { type: 'changes/window'; incidentId: string; windowMs: number }
  | { type: 'changes/refresh' }
  | { type: 'changes/started'; request: ChangesRequest }
  /** Some sources are in, others still being read: `view.loading` names them. */
  | { type: 'changes/progress'; request: ChangesRequest; view: ChangesView }
  | { type: 'changes/loaded'; request: ChangesRequest; view: ChangesView }
  | { type: 'changes/failed'; request: ChangesRequest; error: string };

/** Nothing chosen, requested or loaded yet. */
export function initialChangesState(): ChangesState {
  return { chosen: undefined, refresh: 0, pending: undefined, result: undefined };
}

/** The window in force for an incident: the one chosen for it, else the configured default. */
export function effectiveWindowMs(changes: ChangesState, incidentId: string, defaultMs: number): number {
  return changes.chosen?.incidentId === incidentId ? changes.chosen.windowMs : defaultMs;
}

/** Reduces one action; returns the same object when nothing changed. A stale load's report is dropped. */
export function reduceChanges(changes: ChangesState, a: ConsoleAction): ChangesState {
  switch (a.type) {
    case 'changes/window':
      if (changes.chosen?.incidentId === a.incidentId && changes.chosen.windowMs === a.windowMs) return changes;
      return { ...changes, chosen: { incidentId: a.incidentId, windowMs: a.windowMs } };
    case 'changes/refresh':
      return { ...changes, refresh: changes.refresh + 1 };
    case 'changes/started':
      return { ...changes, pending: a.request };
    case 'changes/progress':
      if (changes.pending?.key !== a.request.key) return changes;
      return { ...changes, result: { ...a.request, view: a.view } };
    case 'changes/loaded':
      if (changes.pending?.key !== a.request.key) return changes;
      return { ...changes, pending: undefined, result: { ...a.request, view: a.view } };
    case 'changes/failed':
      if (changes.pending?.key !== a.request.key) return changes;
      return { ...changes, pending: undefined, result: { ...a.request, error: a.error } };
    default:
      return changes;
  }
}
