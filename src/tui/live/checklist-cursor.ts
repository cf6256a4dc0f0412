/**
 * Keeps the Checklist pane's cursor on the row it was on when the rows change under it (a runbook
 * file edited or re-read, a runbook attached, a tick that lists a removed item): the selection is
 * an index into the rows, so without this it would stay on the same row number and land on
 * another item, or a section row that the next Space would fold.
 */
import type { ChecklistConfig } from '../../domain/checklist/checklist-sources.js';
import { memoChecklistPaneModel } from '../panes/checklist-rows.js';
import { consoleLayout, paneContentHeight } from '../presentation/layout.js';
import type { ConsoleStore } from '../state/console-store.js';
import { followRowKey } from '../state/follow-row-key.js';
import { selectIncident } from '../state/selectors.js';

interface Seen {
  incidentId: string;
  keys: readonly string[];
  selected: number | null;
}

const sameKeys = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((key, i) => key === b[i]);

/** Follows the store; returns the function that stops following. */
export function keepChecklistCursor(store: ConsoleStore, config: ChecklistConfig): () => void {
  let seen: Seen | undefined;
  const follow = () => {
    const state = store.getState();
    const incident = selectIncident(state);
    if (!incident) {
      seen = undefined;
      return;
    }
    const keys = memoChecklistPaneModel(incident, config, state.checklist).entries.map((row) => row?.key ?? '');
    const selected = state.ui.scroll.checklist.selected;
    const before = seen;
    seen = { incidentId: incident.id, keys, selected };
    // A cursor still on the default first row, another incident, or the same rows: nothing to follow.
    if (!before || before.incidentId !== incident.id || before.selected === null || selected === null || sameKeys(before.keys, keys)) return;
    const index = followRowKey(before.keys, before.selected, keys);
    seen = { ...seen, selected: index };
    if (index === selected) return;
    const height = paneContentHeight(consoleLayout(state.ui.viewport).panes.checklist);
    store.dispatch({ type: 'cursor/select', pane: 'checklist', index, count: keys.length, height });
  };
  follow();
  return store.subscribe(follow);
}
