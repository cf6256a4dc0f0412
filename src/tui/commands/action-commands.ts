/**
 * Commands of the mitigation dialog (`a`). The flow itself is the pure state machine in
 * src/domain/actions; a FlowDriver per console performs its IO through the action service and
 * every state it reaches is mirrored into the dialog on the modal stack.
 */
import { ActionService } from '../../actions/action-service.js';
import { FlowDriver } from '../../actions/flow-driver.js';
import { ChangeService } from '../../changes/change-service.js';
import type { FlowState } from '../../domain/actions/action-flow.js';
import { READ_ONLY_REASON } from '../keymap/resolve-key.js';
import { markRefusal } from '../presentation/action-keys.js';
import { actionView, confirmDetails } from '../presentation/action-view.js';
import { selectIncident } from '../state/selectors.js';
import type { CommandEnv, CommandHandler } from './command-env.js';
import { dialogArea } from './modal-scroll.js';
import { performWrite } from './perform-write.js';

const drivers = new WeakMap<CommandEnv, FlowDriver>();

/** Something is running or being prepared: reopening the dialog shows it instead of starting over. */
function busy(flow: FlowState): boolean {
  return (flow.step === 'preflight' && !flow.preflight) || flow.dryRun?.phase === 'running' || flow.runPhase === 'running' || flow.verifyPhase === 'running';
}

/** What changes the timeline (so the console re-reads it) as opposed to output arriving. */
function milestoneKey(flow: FlowState): string {
  return [flow.step, Boolean(flow.preflight), flow.dryRun?.phase, flow.runPhase, flow.verifyPhase, flow.verify.length, flow.mitigated].join('|');
}

function open(env: CommandEnv): void {
  const incidentId = env.store.getState().ui.incidentId;
  if (!incidentId) {
    env.store.dispatch({ type: 'flash/show', text: 'no incident is open', tone: 'warning' });
    return;
  }
  const existing = drivers.get(env);
  if (existing && busy(existing.state)) {
    env.store.dispatch({ type: 'modal/open', modal: { kind: 'action', flow: existing.state } });
    return;
  }
  const service = new ActionService(env.loaded, env.incidents, env.checks, {
    changes: new ChangeService(env.loaded),
    ...(env.readOnly ? { disabledReason: READ_ONLY_REASON } : {}),
  });
  let lastKey = '';
  const driver: FlowDriver = new FlowDriver(service, {
    incidentId,
    onChange: (flow) => {
      const key = milestoneKey(flow);
      if (key === lastKey) {
        env.store.dispatch({ type: 'modal/flow', flow });
        return;
      }
      const entered = lastKey.split('|')[0] !== flow.step;
      lastKey = key;
      sync(env, driver, flow, entered);
    },
  });
  drivers.set(env, driver);
  env.store.dispatch({ type: 'modal/open', modal: { kind: 'action', flow: driver.state } });
}

function sync(env: CommandEnv, driver: FlowDriver, flow: FlowState, entered: boolean): void {
  if (flow.step === 'closed') {
    drivers.delete(env);
    while (env.store.getState().ui.modals.some((m) => m.kind === 'action')) env.store.dispatch({ type: 'modal/close' });
    return;
  }
  env.store.dispatch({ type: 'modal/flow', flow });
  env.reload();
  // Shutdown waits for the run to record its finish (after it has killed the process group).
  if (busy(flow)) void env.writes.track(driver.idle());
  if (entered && flow.step === 'confirm' && flow.preflight?.confirm === 'type-name') askForName(env, flow);
}

function askForName(env: CommandEnv, flow: FlowState): void {
  const prompt = flow.preflight?.confirmPrompt ?? '';
  // The exact argv stays in view while the name is typed.
  env.store.dispatch({ type: 'modal/open', modal: { kind: 'text', purpose: 'action-confirm', prompt, details: confirmDetails(flow), text: '', cursor: 0 } });
}

const mitigatedAt = (env: CommandEnv) => selectIncident(env.store.getState())?.milestones.mitigated;

/** j/k: the menu cursor on the menu; elsewhere they scroll a step whose lines do not fit. */
function moveOrScroll(env: CommandEnv, driver: FlowDriver, by: number): void {
  if (driver.state.step === 'menu') return driver.dispatch({ type: 'move', by });
  const top = env.store.getState().ui.modals.at(-1);
  if (top?.kind !== 'action') return;
  const { width, height } = dialogArea(env);
  const view = actionView({ flow: top.flow, incidentId: env.store.getState().ui.incidentId, mitigatedAt: mitigatedAt(env), width, height, offset: 0 });
  const offset = Math.max(0, Math.min(view.maxOffset, (top.offset ?? 0) + by));
  if (offset !== (top.offset ?? 0)) env.store.dispatch({ type: 'modal/replace', modal: { ...top, offset } });
}

function withDriver(env: CommandEnv, act: (driver: FlowDriver) => void): void {
  const driver = drivers.get(env);
  if (driver) act(driver);
}

/** Enter: choose, go on, type the name, or back to the menu after an ending (a suggested option preselected). */
function proceed(env: CommandEnv, driver: FlowDriver): void {
  const flow = driver.state;
  switch (flow.step) {
    case 'menu':
      return driver.dispatch({ type: 'choose' });
    case 'preflight':
    case 'dry-run':
      return driver.dispatch({ type: 'proceed' });
    case 'confirm':
      if (flow.preflight?.confirm === 'type-name') return askForName(env, flow);
      env.store.dispatch({ type: 'flash/show', text: 'press y to run it, Esc to go back', tone: 'info' });
      return;
    case 'failed':
      return driver.dispatch({ type: 'back-to-menu', select: flow.suggestions[0]?.name });
    case 'done':
    case 'cancelled':
      return driver.dispatch({ type: 'back-to-menu' });
    default:
      return;
  }
}

/** The typed confirmation (text dialog on top of the action dialog). */
export function submitActionConfirm(env: CommandEnv, text: string): void {
  withDriver(env, (driver) => {
    driver.dispatch({ type: 'input', text });
    driver.dispatch({ type: 'submit' });
    if (driver.state.step === 'confirm') {
      env.store.dispatch({ type: 'flash/show', text: driver.state.notice ?? 'not confirmed', tone: 'warning' });
      return;
    }
    env.store.dispatch({ type: 'modal/close' });
  });
}

export const actionCommands = {
  'actions.open': (env) => open(env),
  'action.down': (env) => withDriver(env, (d) => moveOrScroll(env, d, 1)),
  'action.up': (env) => withDriver(env, (d) => moveOrScroll(env, d, -1)),
  'action.proceed': (env) => withDriver(env, (d) => proceed(env, d)),
  'action.yes': (env) =>
    withDriver(env, (d) => {
      if (d.state.step !== 'confirm' || d.state.preflight?.confirm !== 'confirm') return;
      d.dispatch({ type: 'input', text: 'y' });
      d.dispatch({ type: 'submit' });
    }),
  'action.mitigated': (env) =>
    withDriver(env, (d) => {
      const refusal = markRefusal(d.state, mitigatedAt(env));
      if (refusal) return env.store.dispatch({ type: 'flash/show', text: refusal, tone: 'info' });
      void performWrite(env, () => d.markMitigated(), () => 'Marked mitigated: the time to mitigate is set');
    }),
  'action.cancel': (env) => {
    const driver = drivers.get(env);
    if (driver) driver.dispatch({ type: 'cancel' });
    else env.store.dispatch({ type: 'modal/close' }); // a dialog left from an earlier flow: just close it
  },
} satisfies Record<string, CommandHandler>;
