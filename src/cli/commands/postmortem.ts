/**
 * `warroom postmortem done`: the review is held and its document is final. This sets the
 * "postmortem done" milestone that `warroom stats` measures against the 48-hour target; an
 * exported draft does not count, since `warroom export` writes one seconds after resolving.
 */
import type { Command } from 'commander';
import { formatDuration } from '../../domain/durations.js';
import { completePostmortem, selectForPostmortem } from '../../domain/postmortem-done.js';
import { withContext } from '../run-command.js';

/** Registers `postmortem` and its subcommand `done`. */
export function registerPostmortem(program: Command): void {
  const postmortem = program.command('postmortem').description('the postmortem review: mark it done');
  postmortem
    .command('done')
    .description('record that the postmortem is done (the milestone `warroom stats` measures; an exported draft does not count)')
    .option('--link <where>', 'where the final document lives: a path in the repository or a URL')
    .action(
      withContext(async (ctx, options: { link?: string }) => {
        // Without --incident: the latest resolved incident still waiting for its postmortem.
        const target = selectForPostmortem(await ctx.incidents.incidents(), ctx.incidentId);
        const [event] = await ctx.incidents.record(target.id, (incident) => completePostmortem(incident, options.link));
        const resolvedAt = target.milestones.resolved!;
        const after = formatDuration(Math.max(0, Date.parse(event!.at) - Date.parse(resolvedAt)));
        ctx.out(`${target.id}: postmortem done at ${event!.at}, ${after} after resolution`);
      }),
    );
}
