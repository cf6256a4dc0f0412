/** `warroom reopen`: a resolved incident is back (or was resolved too early). */
import type { Command } from 'commander';
import { reopenIncident, selectForReopen } from '../../domain/incident-reopen.js';
import { withContext } from '../run-command.js';

/** Registers `reopen`. */
export function registerReopen(program: Command): void {
  program
    .command('reopen')
    .description('reopen a resolved incident (default: the most recently resolved): status back to investigating, the deploy freeze back where the severity asks for it')
    .option('--reason <text>', 'why, e.g. "errors back after the cache warmed"')
    .action(
      withContext(async (ctx, options: { reason?: string }) => {
        const target = selectForReopen(await ctx.incidents.incidents(), ctx.incidentId);
        const events = await ctx.incidents.record(target.id, (incident) => reopenIncident(incident, options.reason, ctx.loaded.policies));
        ctx.out(`${target.id}: reopened, status investigating (the earlier resolution stays on the timeline)`);
        if (events.some((e) => e.type === 'freeze.changed')) ctx.out(`${target.id}: deploys frozen again (${target.severity})`);
      }),
    );
}
