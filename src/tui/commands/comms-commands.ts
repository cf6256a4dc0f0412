/** The update history dialog (U) and the possible personal-data breach flag (b). */
import { setBreachFlag } from '../../domain/comms/update-decisions.js';
import { formatUpdateHistory, updateHistory } from '../../domain/comms/update-history.js';
import { consoleLayout, dialogContentHeight } from '../presentation/layout.js';
import { selectIncident } from '../state/selectors.js';
import type { CommandEnv, CommandHandler } from './command-env.js';
import { recordOnOpenIncident } from './perform-write.js';

/** The history as lines, and how many fit in the dialog at the current terminal size. */
function historyGeometry(env: CommandEnv): { lines: number; page: number } {
  const state = env.store.getState();
  const incident = selectIncident(state);
  const lines = incident ? formatUpdateHistory(updateHistory(incident)).length : 0;
  return { lines, page: dialogContentHeight(consoleLayout(state.ui.viewport).body) };
}

function scrollHistory(env: CommandEnv, by: (page: number) => number): void {
  const top = env.store.getState().ui.modals.at(-1);
  if (top?.kind !== 'updates') return;
  const { lines, page } = historyGeometry(env);
  const offset = Math.max(0, Math.min(lines - page, top.offset + by(page)));
  if (offset !== top.offset) env.store.dispatch({ type: 'modal/replace', modal: { ...top, offset } });
}

export const commsCommands = {
  'updates.open': (env) => {
    // Opened at the end: the newest update is the one people look for.
    const { lines, page } = historyGeometry(env);
    env.store.dispatch({ type: 'modal/open', modal: { kind: 'updates', offset: Math.max(0, lines - page) } });
  },
  'updates.down': (env) => scrollHistory(env, () => 1),
  'updates.up': (env) => scrollHistory(env, () => -1),
  'updates.pagedown': (env) => scrollHistory(env, (page) => page),
  'updates.pageup': (env) => scrollHistory(env, (page) => -page),
  'updates.close': (env) => env.store.dispatch({ type: 'modal/close' }),
  'breach.toggle': (env) => {
    const incident = selectIncident(env.store.getState());
    if (incident) env.store.dispatch({ type: 'modal/open', modal: { kind: 'breach', flag: !incident.breach } });
  },
  'breach.confirm': (env) => {
    const top = env.store.getState().ui.modals.at(-1);
    if (top?.kind !== 'breach') return;
    env.store.dispatch({ type: 'modal/close' });
    const hours = env.loaded.config.comms.breachNotifyHours;
    const done = top.flag
      ? `Flagged as a possible personal-data breach: notify the supervisory authority within ${hours} hours of detection`
      : 'Cleared the possible personal-data breach flag';
    void recordOnOpenIncident(env, (incident) => setBreachFlag(incident, top.flag), done);
  },
  'breach.cancel': (env) => env.store.dispatch({ type: 'modal/close' }),
} satisfies Record<string, CommandHandler>;
