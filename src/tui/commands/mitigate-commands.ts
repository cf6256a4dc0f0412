/**
 * M: mark the incident mitigated from anywhere on the incident screen, after a confirmation that
 * shows the checks (the one-key `m` after a verified action stays in the action dialog).
 */
import { markMitigated } from '../../domain/actions/action-commands.js';
import { checkStandings, mitigationNote } from '../../domain/actions/mitigation-checks.js';
import { formatDuration } from '../../domain/durations.js';
import { selectIncident } from '../state/selectors.js';
import type { CommandEnv, CommandHandler } from './command-env.js';
import { performWrite } from './perform-write.js';

function confirm(env: CommandEnv): void {
  const state = env.store.getState();
  const incident = selectIncident(state);
  if (state.ui.modals.at(-1)?.kind !== 'mitigate' || !incident) return;
  env.store.dispatch({ type: 'modal/close' });
  // The note is decided from the checks the responder was shown.
  const note = mitigationNote(checkStandings(incident, env.loaded.config.checks.map((c) => c.name)));
  void performWrite(
    env,
    () => env.incidents.record(incident.id, (current) => markMitigated(current, note)),
    ([event]) => `Marked ${incident.id} mitigated, ${formatDuration(Date.parse(event!.at) - Date.parse(incident.milestones.detected))} after detection`,
  );
}

export const mitigateCommands = {
  'mitigated.ask': (env) => {
    if (selectIncident(env.store.getState())) env.store.dispatch({ type: 'modal/open', modal: { kind: 'mitigate' } });
  },
  'mitigated.confirm': (env) => confirm(env),
  'mitigated.cancel': (env) => env.store.dispatch({ type: 'modal/close' }),
} satisfies Record<string, CommandHandler>;
