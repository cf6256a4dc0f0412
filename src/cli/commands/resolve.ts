/** `warroom resolve`: closes the current incident. */
import type { Command } from 'commander';
import { resolveIncident } from '../../domain/incident-commands.js';
import { withContext } from '../run-command.js';

/** Registers `resolve`. */
export function registerResolve(program: Command): void {
  program
    .command('resolve')
    .description('resolve the current incident (lifts the deploy freeze unless configured otherwise)')
    .option('--note <text>', 'how service was restored')
    .action(
      withContext(async (ctx, options: { note?: string }) => {
        const liftFreeze = ctx.loaded.config.freeze.liftOnResolve;
        const [event] = await ctx.incidents.record(ctx.incidentId, (incident) =>
          resolveIncident(incident, { note: options.note, liftFreeze }),
        );
        ctx.out(`${event!.incidentId}: resolved at ${event!.at}`);
      }),
    );
}
