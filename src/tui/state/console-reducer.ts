/** The console's root reducer: data, clock and ui slices, plus the few rules that span them. */
import { isOpen } from '../../domain/incident-state.js';
import { reduceChanges } from './changes-state.js';
import { reduceCheckRuns } from './check-runs-state.js';
import { reduceChecklist } from './checklist-state.js';
import type { ConsoleAction, ConsoleState } from './console-state.js';
import { reduceData } from './data-reducer.js';
import { isReplayAction, reduceReplay } from './replay-state.js';
import { reduceUi } from './ui-reducer.js';

/** Whole seconds only: the clock never causes more than one render a second. */
function reduceNow(now: number, action: ConsoleAction): number {
  if (action.type !== 'clock/tick') return now;
  const second = Math.floor(action.now / 1000) * 1000;
  return second === now ? now : second;
}

/** Reduces one action over the whole console state; returns the same object when nothing changed. */
export function reduceConsole(state: ConsoleState, action: ConsoleAction): ConsoleState {
  if (isReplayAction(action)) return reduceReplay(state, action);
  const data = reduceData(state.data, action);
  let ui = reduceUi(state.ui, action);
  // The first load without a chosen incident opens the most recently declared open one, if any.
  if (action.type === 'data/loaded' && state.data.phase === 'loading' && ui.screen === 'start') {
    const latestOpen = data.incidents.filter(isOpen).at(-1);
    if (latestOpen) ui = reduceUi(ui, { type: 'incident/open', incidentId: latestOpen.id });
  }
  const now = reduceNow(state.now, action);
  const changes = reduceChanges(state.changes, action);
  const checklist = reduceChecklist(state.checklist, action);
  const checkRuns = reduceCheckRuns(state.checkRuns, action);
  if (data === state.data && ui === state.ui && now === state.now && changes === state.changes && checklist === state.checklist && checkRuns === state.checkRuns) return state;
  return { ...state, data, now, ui, changes, checklist, checkRuns };
}
