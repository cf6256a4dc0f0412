/** The Checklist pane's cursor follows its row, not its row number, when the rows change under it. */
import { describe, expect, it } from 'vitest';
import type { ChecklistConfig } from '../../../src/domain/checklist/checklist-sources.js';
import { parseRunbook } from '../../../src/domain/checklist/parse-runbook.js';
import { keepChecklistCursor } from '../../../src/tui/live/checklist-cursor.js';
import { memoChecklistPaneModel } from '../../../src/tui/panes/checklist-rows.js';
import { initialConsoleState } from '../../../src/tui/state/console-state.js';
import { createConsoleStore, type ConsoleStore } from '../../../src/tui/state/console-store.js';
import { followRowKey } from '../../../src/tui/state/follow-row-key.js';
import { incident } from './fixtures.js';

describe('followRowKey', () => {
  it('finds the same key after rows above it went away or were added', () => {
    expect(followRowKey(['a', 'b', 'c', 'd'], 2, ['b', 'c', 'd'])).toBe(1);
    expect(followRowKey(['a', 'b', 'c'], 1, ['x', 'y', 'a', 'b', 'c'])).toBe(3);
  });

  it('when the row itself went away: the nearest following row that is still there, else the nearest preceding one', () => {
    expect(followRowKey(['a', 'b', 'c', 'd'], 1, ['a', 'new', 'd'])).toBe(2);
    expect(followRowKey(['a', 'b', 'c'], 2, ['a', 'x'])).toBe(0);
    expect(followRowKey(['a', 'b'], 1, ['x', 'y', 'z'])).toBe(1);
    expect(followRowKey(['a'], 0, [])).toBe(0);
  });
});

const CONFIG: ChecklistConfig = { checklist: 'ops', bySeverity: {} };
const V1 = '# Ops\n## First\n- [ ] Alpha\n- [ ] Beta\n- [ ] Gamma\n## Second\n- [ ] Delta\n';

function withFile(store: ConsoleStore, markdown: string, hash: string): void {
  store.dispatch({ type: 'checklist/files', files: { incidentId: 'INC-1', loads: new Map([['ops', { ok: true, value: { title: 'Ops', contentHash: hash, runbook: parseRunbook(markdown) } }]]) } });
}

function selectedRow(store: ConsoleStore) {
  const state = store.getState();
  const rows = memoChecklistPaneModel(state.data.incidents[0]!, CONFIG, state.checklist).entries;
  return rows[state.ui.scroll.checklist.selected ?? 0];
}

function consoleOnOps(): ConsoleStore {
  const store = createConsoleStore(initialConsoleState({ now: Date.parse('2026-11-22T03:05:00Z'), viewport: { columns: 100, rows: 30 }, incidentId: 'INC-1' }));
  store.dispatch({ type: 'data/loaded', incidents: [incident()] });
  keepChecklistCursor(store, CONFIG);
  withFile(store, V1, 'sha256:v1');
  return store;
}

const select = (store: ConsoleStore, index: number) => store.dispatch({ type: 'cursor/select', pane: 'checklist', index, count: 7, height: 8 });

describe('keepChecklistCursor', () => {
  it('an item above the cursor removed from the file: the cursor stays on its item, not on the section row that moved up', () => {
    const store = consoleOnOps();
    select(store, 4);
    expect(selectedRow(store)).toMatchObject({ kind: 'item', text: 'Gamma' });
    withFile(store, V1.replace('- [ ] Alpha\n', ''), 'sha256:v2');
    expect(selectedRow(store)).toMatchObject({ kind: 'item', text: 'Gamma' });
    expect(store.getState().ui.scroll.checklist.selected).toBe(3);
  });

  it('an item added above, then the selected item itself removed: the same item, then the nearest following row', () => {
    const store = consoleOnOps();
    select(store, 3);
    withFile(store, V1.replace('## First\n', '## First\n- [ ] Zero\n'), 'sha256:v2');
    expect(selectedRow(store)).toMatchObject({ text: 'Beta' });
    withFile(store, V1.replace('- [ ] Beta\n', ''), 'sha256:v3');
    expect(selectedRow(store)).toMatchObject({ text: 'Gamma' });
  });

  it('the same rows re-read, or the cursor never moved: nothing changes', () => {
    const store = consoleOnOps();
    select(store, 2);
    const before = store.getState().ui.scroll.checklist;
    withFile(store, V1, 'sha256:v1-again');
    expect(store.getState().ui.scroll.checklist).toBe(before);
    const untouched = consoleOnOps();
    withFile(untouched, V1.replace('- [ ] Alpha\n', ''), 'sha256:v2');
    expect(untouched.getState().ui.scroll.checklist.selected).toBeNull();
  });
});
