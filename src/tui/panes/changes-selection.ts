/** The Recent changes pane's selected row, and keeping it on the same entry when the list reloads. */
import type { LoadedConfig } from '../../config/load-config.js';
import { consoleLayout, paneContentHeight } from '../presentation/layout.js';
import { visibleWindow } from '../presentation/list-window.js';
import type { ConsoleState } from '../state/console-state.js';
import type { ConsoleStore } from '../state/console-store.js';
import { selectIncident } from '../state/selectors.js';
import { memoChangesPaneModel, type ChangesPaneModel } from './changes-rows.js';
import { changesSettings } from './pane-registry.js';

export interface ChangesSelection {
  model: ChangesPaneModel;
  /** Index of the selected row, or null when the list is empty. */
  index: number | null;
  /** The row was picked by the responder (not the default first row). */
  chosen: boolean;
}

/** The pane's rows for the open incident and which one is selected; undefined without an incident. */
export function changesSelection(state: ConsoleState, loaded: LoadedConfig): ChangesSelection | undefined {
  const incident = selectIncident(state);
  if (!incident) return undefined;
  const model = memoChangesPaneModel(incident, state.changes, changesSettings(loaded));
  const scroll = state.ui.scroll.changes;
  const index = visibleWindow(scroll, model.rows.length, paneHeight(state), 'top').selected;
  return { model, index, chosen: scroll.selected !== null };
}

const paneHeight = (state: ConsoleState) => paneContentHeight(consoleLayout(state.ui.viewport).panes.changes);

/** The key of the row the responder picked in the pane, if they picked one. */
export function chosenChangesKey(store: ConsoleStore, loaded: LoadedConfig): string | undefined {
  const selection = changesSelection(store.getState(), loaded);
  return selection?.chosen && selection.index !== null ? selection.model.rows[selection.index]?.key : undefined;
}

/**
 * Runs `update` (which changes the rows, e.g. a reload or a wider window) and moves the selection
 * back onto the row it was on (or onto `key`, a row picked before a load whose sources arrive one
 * by one), so a reload never leaves the cursor on another change. Returns whether that row is shown.
 */
export function keepingChangesSelection(store: ConsoleStore, loaded: LoadedConfig, update: () => void, key = chosenChangesKey(store, loaded)): boolean {
  update();
  if (key === undefined) return false;
  const after = changesSelection(store.getState(), loaded);
  const index = after?.model.rows.findIndex((row) => row.key === key) ?? -1;
  if (!after || index < 0) return false;
  store.dispatch({ type: 'cursor/select', pane: 'changes', index, count: after.model.rows.length, height: paneHeight(store.getState()) });
  return true;
}
