import { describe, expect, it } from 'vitest';
import { reduceConsole } from '../../../src/tui/state/console-reducer.js';
import { initialConsoleState, type ConsoleState } from '../../../src/tui/state/console-state.js';
import { mergeIncidents, reduceData } from '../../../src/tui/state/data-reducer.js';
import { reduceUi } from '../../../src/tui/state/ui-reducer.js';
import { incident } from './fixtures.js';

const viewport = { columns: 80, rows: 24 };
const fresh = (incidentId?: string): ConsoleState => initialConsoleState({ now: 1_000_500, viewport, incidentId });

describe('ui reducer', () => {
  it('cycles focus through the four panes in both directions', () => {
    let ui = fresh().ui;
    expect(ui.focus).toBe('timeline');
    ui = reduceUi(ui, { type: 'focus/cycle', delta: 1 });
    expect(ui.focus).toBe('checks');
    ui = reduceUi(ui, { type: 'focus/cycle', delta: -1 });
    expect(ui.focus).toBe('timeline');
  });

  it('is in insert mode exactly while a text dialog is on top of the stack', () => {
    let ui = fresh().ui;
    ui = reduceUi(ui, { type: 'modal/open', modal: { kind: 'help', offset: 0 } });
    expect(ui.mode).toBe('normal');
    ui = reduceUi(ui, { type: 'modal/open', modal: { kind: 'text', purpose: 'note', text: '', cursor: 0 } });
    expect(ui.mode).toBe('insert');
    ui = reduceUi(ui, { type: 'modal/close' });
    expect(ui.mode).toBe('normal');
    expect(ui.modals).toEqual([{ kind: 'help', offset: 0 }]);
  });

  it('updates the text of the dialog on top and keeps the cursor inside it', () => {
    let ui = reduceUi(fresh().ui, { type: 'modal/open', modal: { kind: 'text', purpose: 'note', text: '', cursor: 0 } });
    ui = reduceUi(ui, { type: 'modal/text', text: 'abc', cursor: 9 });
    expect(ui.modals.at(-1)).toMatchObject({ text: 'abc', cursor: 3 });
  });

  it('numbers flash messages and expires only the one still shown', () => {
    let ui = reduceUi(fresh().ui, { type: 'flash/show', text: 'one', tone: 'info' });
    ui = reduceUi(ui, { type: 'flash/show', text: 'two', tone: 'error' });
    expect(ui.flash).toEqual({ id: 2, text: 'two', tone: 'error' });
    expect(reduceUi(ui, { type: 'flash/expire', id: 1 })).toBe(ui);
    expect(reduceUi(ui, { type: 'flash/expire', id: 2 }).flash).toBeUndefined();
  });

  it('opening an incident closes dialogs and starts its panes from the top', () => {
    let ui = reduceUi(fresh().ui, { type: 'cursor/move', pane: 'checks', move: 'down', count: 5, height: 3 });
    ui = reduceUi(ui, { type: 'modal/open', modal: { kind: 'quit' } });
    ui = reduceUi(ui, { type: 'incident/open', incidentId: 'INC-2' });
    expect(ui).toMatchObject({ screen: 'incident', incidentId: 'INC-2', modals: [], mode: 'normal', focus: 'timeline' });
    expect(ui.scroll.checks).toEqual({ selected: null, offset: 0 });
  });

  it('returns the same state for actions that change nothing', () => {
    const ui = fresh().ui;
    expect(reduceUi(ui, { type: 'viewport/resized', viewport: { columns: 80, rows: 24 } })).toBe(ui);
    expect(reduceUi(ui, { type: 'modal/close' })).toBe(ui);
    expect(reduceUi(ui, { type: 'focus/set', pane: 'timeline' })).toBe(ui);
  });
});

describe('data reducer', () => {
  it('keeps the previous object for every incident whose events did not change', () => {
    const a = incident('INC-1');
    const b = incident('INC-2', () => undefined, 10);
    const reread = [incident('INC-1'), incident('INC-2', (log) => log.add('note.added', { text: 'x' }, 1), 10)];
    const merged = mergeIncidents([a, b], reread);
    expect(merged[0]).toBe(a);
    expect(merged[1]).not.toBe(b);
    expect(merged[1]!.events).toHaveLength(2);
  });

  it('returns the previous list itself when nothing changed at all', () => {
    const list = [incident('INC-1')];
    expect(mergeIncidents(list, [incident('INC-1')])).toBe(list);
  });

  it('keeps the last good incidents when a read fails', () => {
    const loaded = reduceData(fresh().data, { type: 'data/loaded', incidents: [incident()] });
    const failed = reduceData(loaded, { type: 'data/failed', error: 'store is not valid' });
    expect(failed.incidents).toBe(loaded.incidents);
    expect(failed.loadError).toBe('store is not valid');
    expect(reduceData(failed, { type: 'data/loaded', incidents: [incident()] }).loadError).toBeUndefined();
  });
});

describe('console reducer', () => {
  it('opens the most recently declared open incident on the first load when none was asked for', () => {
    const resolved = incident('INC-2', (log) => log.add('incident.resolved', {}, 5), 10);
    const state = reduceConsole(fresh(), { type: 'data/loaded', incidents: [incident('INC-1'), resolved] });
    expect(state.ui).toMatchObject({ screen: 'incident', incidentId: 'INC-1' });
  });

  it('stays on the start screen when no incident is open, and never jumps later', () => {
    const first = reduceConsole(fresh(), { type: 'data/loaded', incidents: [] });
    expect(first.ui.screen).toBe('start');
    const later = reduceConsole(first, { type: 'data/loaded', incidents: [incident()] });
    expect(later.ui.screen).toBe('start');
  });

  it('ticks in whole seconds: a tick within the same second changes nothing', () => {
    const state = fresh();
    expect(state.now).toBe(1_000_000);
    expect(reduceConsole(state, { type: 'clock/tick', now: 1_000_900 })).toBe(state);
    expect(reduceConsole(state, { type: 'clock/tick', now: 1_001_100 }).now).toBe(1_001_000);
  });
});
