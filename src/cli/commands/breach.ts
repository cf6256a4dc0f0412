/** `warroom breach [on|off]`: flags a possible personal-data breach and shows the regulator countdown. */
import type { Command } from 'commander';
import { countdown } from '../../domain/comms/cadence-alerts.js';
import { messageDateTime } from '../../domain/comms/message-time.js';
import { setBreachFlag } from '../../domain/comms/update-decisions.js';
import { breachDeadline } from '../../domain/deadlines.js';
import { selectIncidentForReview } from '../../domain/review-selection.js';
import { CliUsageError } from '../errors.js';
import { withContext } from '../run-command.js';

/** Registers `breach`. */
export function registerBreach(program: Command): void {
  program
    .command('breach')
    .description('flag (on) or clear (off) a possible personal-data breach; without an argument, show the countdown')
    .argument('[state]', 'on | off')
    .action(
      withContext(async (ctx, state: string | undefined) => {
        const hours = ctx.loaded.config.comms.breachNotifyHours;
        let incident = selectIncidentForReview(await ctx.incidents.incidents(), ctx.incidentId);
        if (state !== undefined) {
          const wanted = state.trim().toLowerCase();
          if (wanted !== 'on' && wanted !== 'off') throw new CliUsageError(`breach takes "on" or "off", not "${state}"`);
          await ctx.incidents.record(incident.id, (current) => setBreachFlag(current, wanted === 'on'));
          incident = selectIncidentForReview(await ctx.incidents.incidents(), incident.id);
        }
        const deadline = breachDeadline(incident, ctx.now(), hours);
        if (!deadline) {
          ctx.out(`${incident.id}: not flagged as a possible personal-data breach`);
          return;
        }
        ctx.out(`${incident.id}: possible personal-data breach; notify the supervisory authority by ${messageDateTime(deadline.dueAt)} (${hours} hours from detection)`);
        ctx.out(`  ${countdown(deadline).text}`);
      }),
    );
}
