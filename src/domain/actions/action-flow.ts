/**
 * The guided mitigation flow as a pure state machine: menu → preflight → dry run → confirm →
 * running → verifying → done | failed | cancelled. The console modal renders the state; a
 * driver (console or `warroom action`) performs the IO that `pendingEffect` names and feeds
 * the results back as events, so both front ends walk exactly the same steps.
 */
import type { ActionOption } from './action-options.js';
import { verificationPassed, type VerifyRow } from './action-commands.js';
import { checkConfirmation } from './confirmation.js';
import { failureSummary, type Suggestion } from './next-option.js';
import { appendOutput, EMPTY_OUTPUT, type OutputLines } from './output-lines.js';
import type { Preflight } from './preflight.js';

export type FlowStep = 'menu' | 'preflight' | 'dry-run' | 'confirm' | 'running' | 'verifying' | 'done' | 'failed' | 'cancelled' | 'closed';
type Phase = 'pending' | 'running' | 'finished';

export interface RunOutcome {
  exitCode: number | null;
  durationMs: number;
  cancelled: boolean;
  timedOut: boolean;
  error?: string;
}

export interface FlowState {
  step: FlowStep;
  menu: ActionOption[];
  /** Menu cursor. */
  selected: number;
  preflight?: Preflight;
  dryRun?: { phase: Phase; output: OutputLines; outcome?: RunOutcome };
  /** The confirmation typed so far, and why the last answer was refused. */
  input: string;
  notice?: string;
  runPhase?: Phase;
  output: OutputLines;
  outcome?: RunOutcome;
  verifyPhase?: Phase;
  verify: VerifyRow[];
  verified?: boolean;
  /** Esc was pressed while something runs: the driver aborts it and reports back. */
  cancelling: boolean;
  failure?: string;
  suggestions: Suggestion[];
  mitigated: boolean;
}

export type FlowEvent =
  | { type: 'move'; by: number }
  | { type: 'choose'; name?: string }
  | { type: 'preflight-ready'; preflight: Preflight }
  | { type: 'proceed' }
  | { type: 'started'; what: 'dry-run' | 'run' | 'verify' }
  | { type: 'output'; chunk: string }
  | { type: 'dry-run-finished'; outcome: RunOutcome }
  | { type: 'input'; text: string }
  | { type: 'submit' }
  | { type: 'assume-yes' }
  | { type: 'refused'; reason: string }
  | { type: 'run-finished'; outcome: RunOutcome; suggestions: Suggestion[] }
  | { type: 'verify-result'; row: VerifyRow }
  | { type: 'verify-finished' }
  | { type: 'mitigated' }
  | { type: 'back-to-menu'; select?: string | undefined }
  | { type: 'cancel' };

export type FlowEffect =
  | { kind: 'prepare'; action: ActionOption }
  | { kind: 'dry-run'; preflight: Preflight }
  | { kind: 'run'; preflight: Preflight }
  | { kind: 'verify'; preflight: Preflight }
  | { kind: 'abort' };

/** A flow opened on the menu (or straight on one action's preflight when `name` is given). */
export function startFlow(menu: readonly ActionOption[], name?: string): FlowState {
  const state: FlowState = { step: 'menu', menu: [...menu], selected: 0, input: '', output: EMPTY_OUTPUT, verify: [], cancelling: false, suggestions: [], mitigated: false };
  return name === undefined ? state : flowReducer(state, { type: 'choose', name });
}

/** The chosen action (menu cursor). */
export function chosenAction(state: FlowState): ActionOption | undefined {
  return state.menu[state.selected];
}

/** The IO the driver should start now, if any. */
export function pendingEffect(state: FlowState): FlowEffect | undefined {
  const running = state.dryRun?.phase === 'running' || state.runPhase === 'running' || state.verifyPhase === 'running';
  if (state.cancelling && running) return { kind: 'abort' };
  const action = chosenAction(state);
  if (state.step === 'preflight' && !state.preflight && action) return { kind: 'prepare', action };
  if (!state.preflight) return undefined;
  if (state.step === 'dry-run' && state.dryRun?.phase === 'pending') return { kind: 'dry-run', preflight: state.preflight };
  if (state.step === 'running' && state.runPhase === 'pending') return { kind: 'run', preflight: state.preflight };
  if (state.step === 'verifying' && state.verifyPhase === 'pending') return { kind: 'verify', preflight: state.preflight };
  return undefined;
}

/** Applies one event; events that make no sense in the current step change nothing. */
export function flowReducer(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'move':
      if (state.step !== 'menu' || state.menu.length === 0) return state;
      return { ...state, selected: (state.selected + event.by + state.menu.length) % state.menu.length };
    case 'choose': {
      if (state.step !== 'menu') return state;
      const index = event.name === undefined ? state.selected : state.menu.findIndex((o) => o.name === event.name);
      if (index < 0 || index >= state.menu.length) return { ...state, notice: `no action "${event.name ?? ''}"` };
      return resetRun({ ...state, step: 'preflight', selected: index });
    }
    case 'preflight-ready':
      return state.step === 'preflight' ? { ...state, preflight: event.preflight } : state;
    case 'proceed':
      return proceed(state);
    case 'started':
      if (event.what === 'dry-run' && state.dryRun) return { ...state, dryRun: { ...state.dryRun, phase: 'running' } };
      if (event.what === 'run') return { ...state, runPhase: 'running' };
      return { ...state, verifyPhase: 'running' };
    case 'output':
      if (state.step === 'dry-run' && state.dryRun) return { ...state, dryRun: { ...state.dryRun, output: appendOutput(state.dryRun.output, event.chunk) } };
      return state.step === 'running' ? { ...state, output: appendOutput(state.output, event.chunk) } : state;
    case 'dry-run-finished': {
      if (!state.dryRun) return state;
      const dryRun = { ...state.dryRun, phase: 'finished' as const, outcome: event.outcome };
      // Esc during the dry run: back to the preflight once it has stopped.
      return state.cancelling ? { ...state, dryRun, cancelling: false, step: 'preflight' } : { ...state, dryRun };
    }
    case 'input':
      return state.step === 'confirm' ? { ...state, input: event.text, notice: undefined } : state;
    case 'submit': {
      if (state.step !== 'confirm' || !state.preflight) return state;
      const answer = checkConfirmation({ policy: state.preflight.confirm, actionName: state.preflight.name, service: state.preflight.service }, state.input);
      return answer.ok ? { ...state, step: 'running', runPhase: 'pending', notice: undefined } : { ...state, notice: answer.reason };
    }
    case 'assume-yes':
      return state.step === 'confirm' ? { ...state, step: 'running', runPhase: 'pending', notice: undefined } : state;
    case 'refused':
      return { ...state, step: 'failed', failure: event.reason, runPhase: 'finished', cancelling: false, suggestions: [] };
    case 'run-finished':
      return runFinished(state, event.outcome, event.suggestions);
    case 'verify-result':
      return state.step === 'verifying' ? { ...state, verify: [...state.verify.filter((r) => r.name !== event.row.name), event.row] } : state;
    case 'verify-finished':
      if (state.step !== 'verifying') return state;
      return { ...state, step: 'done', verifyPhase: 'finished', verified: verificationPassed(state.verify), cancelling: false };
    case 'mitigated':
      return { ...state, mitigated: true };
    case 'back-to-menu': {
      // After an ending, pick another option (a suggested next one, by name) without reopening the dialog.
      if (state.step !== 'done' && state.step !== 'failed' && state.step !== 'cancelled') return state;
      const index = event.select === undefined ? state.selected : state.menu.findIndex((o) => o.name === event.select);
      return resetRun({ ...state, step: 'menu', selected: index >= 0 ? index : state.selected });
    }
    case 'cancel':
      return cancel(state);
  }
}

function resetRun(state: FlowState): FlowState {
  const { preflight: _p, dryRun: _d, runPhase: _r, outcome: _o, verifyPhase: _v, verified: _vd, failure: _f, notice: _n, ...rest } = state;
  return { ...rest, input: '', output: EMPTY_OUTPUT, verify: [], cancelling: false, suggestions: [] };
}

function proceed(state: FlowState): FlowState {
  const preflight = state.preflight;
  if (!preflight) return state;
  const afterDryRun = (): FlowState =>
    preflight.confirm === 'none' ? { ...state, step: 'running', runPhase: 'pending', notice: undefined } : { ...state, step: 'confirm', input: '', notice: undefined };
  if (state.step === 'preflight') {
    if (preflight.blockers.length > 0) return { ...state, notice: `cannot run: ${preflight.blockers[0]}` };
    if (preflight.dryRunArgv) return { ...state, step: 'dry-run', dryRun: { phase: 'pending', output: EMPTY_OUTPUT }, notice: undefined };
    return afterDryRun();
  }
  if (state.step === 'dry-run') {
    const outcome = state.dryRun?.outcome;
    if (!outcome) return state;
    if (outcome.exitCode !== 0) return { ...state, notice: `the dry run failed (${failureSummary(outcome)}): fix the cause first, or go back` };
    return afterDryRun();
  }
  return state;
}

function runFinished(state: FlowState, outcome: RunOutcome, suggestions: Suggestion[]): FlowState {
  const base = { ...state, outcome, runPhase: 'finished' as const, cancelling: false };
  if (outcome.cancelled) return { ...base, step: 'cancelled' };
  if (outcome.exitCode !== 0) return { ...base, step: 'failed', failure: failureSummary(outcome), suggestions };
  if (state.preflight && state.preflight.verify.length > 0) return { ...base, step: 'verifying', verifyPhase: 'pending' };
  return { ...base, step: 'done' };
}

function cancel(state: FlowState): FlowState {
  switch (state.step) {
    case 'menu':
      return { ...state, step: 'closed' };
    case 'preflight':
    case 'confirm':
      return resetRun({ ...state, step: 'menu' });
    case 'dry-run':
      return state.dryRun?.phase === 'running' ? { ...state, cancelling: true } : { ...state, step: 'preflight', notice: undefined };
    case 'running':
      return state.runPhase === 'running' ? { ...state, cancelling: true } : { ...state, step: 'cancelled', runPhase: 'finished' };
    case 'verifying':
      return state.verifyPhase === 'running' ? { ...state, cancelling: true } : { ...state, step: 'done', verifyPhase: 'finished' };
    default:
      return { ...state, step: 'closed' };
  }
}
