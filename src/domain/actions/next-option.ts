/** After a mitigation fails: which option to try next, and why, from the options not yet tried. */
import type { EventDataMap } from '../events.js';
import type { IncidentState } from '../incident-state.js';
import type { ActionKind } from './action-defaults.js';
import type { ActionOption } from './action-options.js';

export interface Suggestion {
  name: string;
  restoreText: string;
  reason: string;
}

const WHY: Record<ActionKind, string> = {
  'feature-flag': 'switch off the feature behind the failure: seconds, and isolated',
  'maintenance-on': 'show the maintenance page instead of errors while the cause is worked on',
  rollback: 'return to the version that ran before the suspect deploy',
  restart: 'restart the failed processes on the same release',
  scale: 'add capacity, if resources are exhausted',
  failover: 'move to the backup (check how fresh it is first)',
  'maintenance-off': 'end maintenance mode',
  custom: 'a prepared action',
};

/** Names of actions that already failed or were cancelled on this incident (dry runs excluded). */
export function failedActions(incident: Pick<IncidentState, 'events'>): Set<string> {
  const failed = new Set<string>();
  for (const event of incident.events) {
    if (event.type !== 'action.finished') continue;
    const data = event.data as EventDataMap['action.finished'];
    if (!data.dryRun && (data.exitCode !== 0 || data.cancelled)) failed.add(data.name);
  }
  return failed;
}

/** Up to `max` next options, fastest first, skipping the failed one, ones that failed before, and maintenance-off. */
export function suggestNextOptions(failedName: string, menu: readonly ActionOption[], incident: Pick<IncidentState, 'events'>, max = 2): Suggestion[] {
  const tried = failedActions(incident);
  tried.add(failedName);
  return menu
    .filter((option) => !tried.has(option.name) && option.kind !== 'maintenance-off')
    .slice(0, max)
    .map((option) => ({ name: option.name, restoreText: option.restoreText, reason: option.description || WHY[option.kind] }));
}

/** One line on why the run failed and what to look at first. */
export function failureSummary(result: Pick<EventDataMap['action.finished'], 'exitCode' | 'cancelled' | 'timedOut' | 'error'>): string {
  if (result.cancelled) return 'cancelled: its process group was stopped';
  if (result.timedOut) return `${result.error ?? 'timed out'}: check on the host whether it got part-way before running anything else`;
  if (result.exitCode === 127 || result.error?.startsWith('command not found')) return `${result.error ?? 'command not found'}: check the action's command in warroom.yaml`;
  if (result.exitCode === null) return result.error ?? 'it did not run';
  return `exit code ${result.exitCode}: see its output`;
}
