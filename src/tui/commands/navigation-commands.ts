/** Moving around: pane focus, selection in the focused pane, the start screen list, the help overlay. */
import type { PaneId, CursorMove } from '../state/console-state.js';
import { selectIncident, selectIncidentListing } from '../state/selectors.js';
import { consoleLayout, dialogContentHeight, paneContentHeight } from '../presentation/layout.js';
import { maxHelpOffset } from '../presentation/help-lines.js';
import { consoleKeymap } from '../keymap/check-keys.js';
import { PANE_DEFINITIONS } from '../panes/pane-registry.js';
import type { CommandEnv, CommandHandler } from './command-env.js';
import { scrolledOffset, textViewScrollHandlers, type ScrollStep } from './modal-scroll.js';

function moveCursor(env: CommandEnv, move: CursorMove, pane?: PaneId): void {
  const state = env.store.getState();
  const target = pane ?? state.ui.focus;
  const incident = selectIncident(state);
  if (!incident) return;
  const count = PANE_DEFINITIONS[target].rows(incident, env.loaded, state.changes, state.checklist).length;
  const height = paneContentHeight(consoleLayout(state.ui.viewport).panes[target]);
  env.store.dispatch({ type: 'cursor/move', pane: target, move, count, height });
}

const focus = (pane: PaneId): CommandHandler => (env) => env.store.dispatch({ type: 'focus/set', pane });

function moveStart(env: CommandEnv, move: CursorMove): void {
  env.store.dispatch({ type: 'start/move', move, count: selectIncidentListing(env.store.getState()).length });
}

/** Moves the help by `step` (lines, a page, or to either end). */
function scrollHelp(env: CommandEnv, step: ScrollStep): void {
  const state = env.store.getState();
  const top = state.ui.modals.at(-1);
  if (top?.kind !== 'help') return;
  const height = dialogContentHeight(consoleLayout(state.ui.viewport).body);
  const max = maxHelpOffset(height, consoleKeymap(env.loaded.config.checks).keymap, state.replay !== undefined);
  env.store.dispatch({ type: 'modal/pick', index: scrolledOffset(top.offset, step, height, max) });
}

export const navigationCommands = {
  'focus.next': (env) => env.store.dispatch({ type: 'focus/cycle', delta: 1 }),
  'focus.previous': (env) => env.store.dispatch({ type: 'focus/cycle', delta: -1 }),
  'focus.checks': focus('checks'),
  'focus.changes': focus('changes'),
  'focus.checklist': focus('checklist'),
  'focus.timeline': focus('timeline'),
  'cursor.down': (env) => moveCursor(env, 'down'),
  'cursor.up': (env) => moveCursor(env, 'up'),
  'cursor.pagedown': (env) => moveCursor(env, 'pagedown'),
  'cursor.pageup': (env) => moveCursor(env, 'pageup'),
  'cursor.top': (env) => moveCursor(env, 'top'),
  'cursor.bottom': (env) => moveCursor(env, 'bottom'),
  'timeline.follow': (env) => moveCursor(env, 'bottom', 'timeline'),
  'incident.switch': (env) => env.store.dispatch({ type: 'incident/leave' }),
  'start.down': (env) => moveStart(env, 'down'),
  'start.up': (env) => moveStart(env, 'up'),
  'start.open': (env) => {
    const state = env.store.getState();
    const incident = selectIncidentListing(state)[state.ui.startSelected];
    if (incident) env.store.dispatch({ type: 'incident/open', incidentId: incident.id });
  },
  'help.open': (env) => env.store.dispatch({ type: 'modal/open', modal: { kind: 'help', offset: 0 } }),
  ...textViewScrollHandlers('help', scrollHelp),
  'help.close': (env) => env.store.dispatch({ type: 'modal/close' }),
  'screen.redraw': (env) => env.redraw(),
  'quit.ask': (env) => env.store.dispatch({ type: 'modal/open', modal: { kind: 'quit' } }),
  'quit.confirm': (env) => env.quit(),
  'quit.cancel': (env) => env.store.dispatch({ type: 'modal/close' }),
} satisfies Record<string, CommandHandler>;
