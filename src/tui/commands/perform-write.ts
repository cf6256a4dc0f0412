/** Runs one write to the incident log from the console: tracked for shutdown, reported in the message line. */
import type { Decision } from '../../incidents/incident-service.js';
import { READ_ONLY_REASON } from '../keymap/resolve-key.js';
import type { CommandEnv } from './command-env.js';

/** Shows an error in the message line; domain and store errors already say what to do. */
export function flashError(env: CommandEnv, error: unknown): void {
  env.store.dispatch({ type: 'flash/show', text: error instanceof Error ? error.message : String(error), tone: 'error' });
}

/**
 * Performs `work` unless the console is read-only; on success flashes `success` and re-reads
 * the log at once (the file watcher would also see it, a moment later).
 */
export async function performWrite<T>(env: CommandEnv, work: () => Promise<T>, success: (result: T) => string): Promise<boolean> {
  if (env.readOnly) {
    env.store.dispatch({ type: 'flash/show', text: READ_ONLY_REASON, tone: 'warning' });
    return false;
  }
  try {
    const result = await env.writes.track(work());
    env.store.dispatch({ type: 'flash/show', text: success(result), tone: 'success' });
    env.reload();
    return true;
  } catch (error) {
    flashError(env, error);
    return false;
  }
}

/** Records a decision against the incident open in the console. */
export function recordOnOpenIncident(env: CommandEnv, decide: Decision, success: string): Promise<boolean> {
  const incidentId = env.store.getState().ui.incidentId;
  if (!incidentId) {
    env.store.dispatch({ type: 'flash/show', text: 'no incident is open', tone: 'warning' });
    return Promise.resolve(false);
  }
  return performWrite(env, () => env.incidents.record(incidentId, decide), () => success);
}
