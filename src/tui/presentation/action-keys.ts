/**
 * Which of the mitigation dialog's keys act in its current step, and why `m` does not when it
 * does not. The key bar leaves the idle ones out; the dispatcher still hands them to their
 * handler, which says why instead of doing nothing. Pure.
 */
import type { FlowState } from '../../domain/actions/action-flow.js';
import type { CommandId } from '../keymap/keymap.js';

/** Whether something is still being prepared or running, so Enter has nothing to go on to. */
function working(flow: FlowState): boolean {
  if (flow.step === 'preflight') return !flow.preflight;
  if (flow.step === 'dry-run') return flow.dryRun?.phase !== 'finished';
  return flow.step === 'running' || flow.step === 'verifying';
}

/** Whether `m` marks the incident mitigated right now: after a verified run, while nobody has marked it yet. */
export function canMarkFromDialog(flow: FlowState, mitigated: boolean): boolean {
  return flow.step === 'done' && flow.verified === true && !flow.mitigated && !mitigated;
}

/** The dialog's commands that do nothing in this step. */
export function idleActionCommands(flow: FlowState, mitigated: boolean): CommandId[] {
  const idle: CommandId[] = [];
  if (flow.step !== 'menu') idle.push('action.down', 'action.up');
  if (working(flow)) idle.push('action.proceed');
  if (flow.step !== 'confirm' || flow.preflight?.confirm !== 'confirm') idle.push('action.yes');
  if (!canMarkFromDialog(flow, mitigated)) idle.push('action.mitigated');
  return idle;
}

/** Why `m` does nothing now (undefined when it acts). */
export function markRefusal(flow: FlowState, mitigatedAt: string | undefined): string | undefined {
  if (canMarkFromDialog(flow, mitigatedAt !== undefined)) return undefined;
  if (flow.mitigated || mitigatedAt !== undefined) return 'The incident is already marked mitigated';
  // Kept short: the message line is one row.
  if (flow.step === 'failed') return 'm is for a run whose verify checks pass; this one failed. Once impact has stopped: Esc, then M';
  if (flow.step === 'done' && flow.verified === false) return 'The verify checks are not all OK, so m does not mark it; if impact has stopped anyway: Esc, then M';
  if (flow.step === 'done') return 'No verify checks ran, so m does not mark it; once service is back: Esc, then M';
  return 'm marks mitigated after a run whose verify checks pass; M marks it mitigated any time';
}
