/** `warroom mitigated`: service is restored; sets the milestone behind time to mitigate. */
import type { Command } from 'commander';
import { markMitigated } from '../../domain/actions/action-commands.js';
import { formatDuration, incidentDurations } from '../../domain/durations.js';
import { withContext } from '../run-command.js';

/** Registers `mitigated`. */
export function registerMitigated(program: Command): void {
  program
    .command('mitigated')
    .description('mark the incident mitigated: impact has stopped (sets the time to mitigate)')
    .option('--note <text>', 'what restored service, e.g. "rolled back to v1.1.0"')
    .action(
      withContext(async (ctx, options: { note?: string }) => {
        const [event] = await ctx.incidents.record(ctx.incidentId, (incident) => markMitigated(incident, options.note));
        const incident = await ctx.incidents.current(event!.incidentId);
        const ttm = incidentDurations(incident, ctx.now()).timeToMitigateMs;
        ctx.out(`${incident.id}: mitigated at ${event!.at}${ttm !== null ? `, ${formatDuration(ttm)} after detection` : ''}`);
        if (incident.status === 'investigating' || incident.status === 'identified') {
          ctx.out('  next: watch that it stays healthy, `warroom set-status monitoring`, and post an update');
        }
      }),
    );
}
