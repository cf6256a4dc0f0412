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

/**
 * Runs `update` (which changes the rows, e.g. a reload or a wider window) and moves the selection
 * back onto the row it was on, so a reload never leaves the cursor on another change.
 */
export function keepingChangesSelection(store: ConsoleStore, loaded: LoadedConfig, update: () => void): void {
  const before = changesSelection(store.getState(), loaded);
  const key = before?.chosen && before.index !== null ? before.model.rows[before.index]?.key : undefined;
  update();
  if (key === undefined) return;
  const after = changesSelection(store.getState(), loaded);
  const index = after?.model.rows.findIndex((row) => row.key === key) ?? -1;
  if (!after || index < 0) return;
  store.dispatch({ type: 'cursor/select', pane: 'changes', index, count: after.model.rows.length, height: paneHeight(store.getState()) });
}
