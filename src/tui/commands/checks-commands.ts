/** Commands of the Checks pane. */
import type { CheckStatus } from '../../domain/events.js';
import { CHECKS_EMPTY } from '../panes/checks-rows.js';
import type { CommandEnv, CommandHandler } from './command-env.js';
import { flashError } from './perform-write.js';

function summarise(statuses: CheckStatus[]): string {
  const counts = new Map<CheckStatus, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
}

/** Runs every configured check; each result lands on the timeline as it finishes. */
function runAll(env: CommandEnv): void {
  const definitions = env.checks.definitions();
  if (definitions.length === 0) {
    env.store.dispatch({ type: 'flash/show', text: CHECKS_EMPTY, tone: 'info' });
    return;
  }
  const incidentId = env.store.getState().ui.incidentId;
  env.store.dispatch({ type: 'flash/show', text: `Running ${definitions.length} check${definitions.length === 1 ? '' : 's'}…`, tone: 'info' });
  const run = env.checks.run(definitions, { incidentId, onResult: () => env.reload() });
  void env.writes.track(run).then(
    (report) => {
      const finished = report.results.filter((r) => !r.cancelled);
      if (finished.length === 0) return;
      const problems = report.recordErrors.length > 0 ? ` (not recorded: ${report.recordErrors.join('; ')})` : '';
      env.store.dispatch({ type: 'flash/show', text: `Checks done: ${summarise(finished.map((r) => r.status))}${problems}`, tone: problems ? 'warning' : 'success' });
    },
    (error: unknown) => flashError(env, error),
  );
}

export const checksCommands = {
  'checks.run': (env) => runAll(env),
} satisfies Record<string, CommandHandler>;
