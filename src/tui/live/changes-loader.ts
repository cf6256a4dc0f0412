/**
 * Loads the Recent changes view in the background: for the open incident, relative to its
 * detection time, again when the window changes (w/W) or a refresh is asked for. Each source's
 * changes show as soon as it is read, so a hanging deploy command holds back only itself. A
 * newer request aborts the one in flight (its git and deploy commands are killed), so the
 * console never waits.
 */
import type { ChangeService } from '../../changes/change-service.js';
import type { ChangesView } from '../../domain/changes/change-view.js';
import { chosenChangesKey, keepingChangesSelection } from '../panes/changes-selection.js';
import type { ChangesRequest } from '../state/changes-state.js';
import { effectiveWindowMs } from '../state/changes-state.js';
import type { ConsoleStore } from '../state/console-store.js';
import { selectIncident } from '../state/selectors.js';

export interface ChangesLoader {
  /** Resolves when no load is in flight. */
  idle(): Promise<void>;
  close(): void;
}

/** Watches the store for what the pane needs and loads it; the first load starts once an incident is open. */
export function startChangesLoader({ store, changes }: { store: ConsoleStore; changes: ChangeService }): ChangesLoader {
  let current: { key: string; abort: AbortController; done: Promise<void> } | undefined;
  let closed = false;

  const load = async (request: ChangesRequest, detectedAt: string, signal: AbortSignal, picked: string | undefined) => {
    // The row picked before the load: while sources arrive one by one it may be missing for a
    // while, and the cursor must go back to it once it is in (unless the responder moves on).
    let wanted = picked;
    let placed = picked;
    const show = (update: () => void) => {
      if (signal.aborted) return;
      const now = chosenChangesKey(store, changes.loaded);
      if (now !== placed) wanted = now;
      placed = keepingChangesSelection(store, changes.loaded, update, wanted) ? wanted : chosenChangesKey(store, changes.loaded);
    };
    try {
      const onProgress = (partial: ChangesView) => show(() => store.dispatch({ type: 'changes/progress', request, view: partial }));
      const view = await changes.view({ detectedAt, windowMs: request.windowMs, signal, onProgress });
      show(() => store.dispatch({ type: 'changes/loaded', request, view }));
    } catch (error) {
      // Each source reports its own failure; this is only a view that could not be built at all.
      const message = error instanceof Error ? error.message : String(error);
      show(() => store.dispatch({ type: 'changes/failed', request, error: message }));
    }
  };

  const check = () => {
    if (closed || changes.sources.length === 0) return;
    const state = store.getState();
    const incident = selectIncident(state);
    if (!incident) return;
    const windowMs = effectiveWindowMs(state.changes, incident.id, changes.defaultWindowMs);
    const detectedAt = incident.milestones.detected;
    const key = `${incident.id}|${detectedAt}|${windowMs}|${state.changes.refresh}`;
    if (current?.key === key) return;
    current?.abort.abort();
    const abort = new AbortController();
    const request: ChangesRequest = { key, incidentId: incident.id, windowMs };
    // Set before dispatching: the dispatch below calls this listener again.
    current = { key, abort, done: Promise.resolve() };
    const picked = chosenChangesKey(store, changes.loaded);
    keepingChangesSelection(store, changes.loaded, () => store.dispatch({ type: 'changes/started', request }));
    current.done = load(request, detectedAt, abort.signal, picked);
  };

  const unsubscribe = store.subscribe(check);
  check();
  return {
    async idle() {
      for (let seen = current; seen; ) {
        await seen.done;
        if (current === seen) return;
        seen = current;
      }
    },
    close() {
      closed = true;
      unsubscribe();
      current?.abort.abort();
    },
  };
}
