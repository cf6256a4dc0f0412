/** `warroom status` and `warroom list`: read-only views of incidents. */
import type { Command } from 'commander';
import { sortForListing } from '../../domain/incident-commands.js';
import { formatIncidentLine, formatIncidentStatus } from '../format-status.js';
import { incidentDetailJson, incidentSummaryJson } from '../incident-json.js';
import { withContext } from '../run-command.js';

/** Registers `status`. */
export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('show the current incident (or --incident ID)')
    .option('--json', 'print JSON including every event')
    .action(
      withContext(async (ctx, options: { json?: boolean }) => {
        const incident = await ctx.incidents.current(ctx.incidentId);
        const now = ctx.now();
        if (options.json) ctx.out(JSON.stringify(incidentDetailJson(incident, ctx.loaded.policies, now), null, 2));
        else for (const line of formatIncidentStatus(incident, ctx.loaded.policies, now)) ctx.out(line);
      }),
    );
}

/** Registers `list`. */
export function registerList(program: Command): void {
  program
    .command('list')
    .description('list all incidents, open ones first')
    .option('--json', 'print JSON')
    .action(
      withContext(async (ctx, options: { json?: boolean }) => {
        const incidents = sortForListing(await ctx.incidents.incidents());
        const now = ctx.now();
        if (options.json) {
          ctx.out(JSON.stringify(incidents.map((i) => incidentSummaryJson(i, ctx.loaded.policies, now)), null, 2));
        } else if (incidents.length === 0) {
          ctx.out('no incidents yet (declare one with `warroom declare --title TEXT --severity SEVn`)');
        } else {
          for (const incident of incidents) ctx.out(formatIncidentLine(incident));
        }
      }),
    );
}
