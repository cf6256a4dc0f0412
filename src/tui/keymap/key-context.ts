/** Builds the key-resolution context from the console state. */
import { idleActionCommands } from '../presentation/action-keys.js';
import { tooSmall } from '../presentation/layout.js';
import type { ConsoleState } from '../state/console-state.js';
import { selectIncident } from '../state/selectors.js';
import type { KeyContext } from './resolve-key.js';

/** What decides which bindings apply and whether they may run. */
export function keyContextOf(state: ConsoleState, readOnly: boolean): KeyContext {
  const incident = selectIncident(state);
  return {
    screen: state.ui.screen,
    modal: state.ui.modals.at(-1)?.kind,
    focus: state.ui.focus,
    readOnly,
    resolvedIncident: incident && incident.status === 'resolved' ? incident.id : undefined,
    replay: state.replay !== undefined,
    tooSmall: tooSmall(state.ui.viewport),
    mitigatedAt: incident?.milestones.mitigated,
    idle: idleDialogCommands(state),
  };
}

/** The top dialog's commands that do nothing in its current step (the mitigation dialog's depend on it). */
export function idleDialogCommands(state: ConsoleState): readonly string[] | undefined {
  const top = state.ui.modals.at(-1);
  if (top?.kind !== 'action') return undefined;
  return idleActionCommands(top.flow, selectIncident(state)?.milestones.mitigated !== undefined);
}
