/** `warroom suspect CHANGE-ID`: records (or with --clear, withdraws) a change as the suspected trigger. */
import type { Command } from 'commander';
import { ChangeService } from '../../changes/change-service.js';
import { clearSuspectMark, markSuspect } from '../../changes/suspect-marks.js';
import { findByIdPrefix } from '../../domain/changes/change-commands.js';
import { changeRows, rollbackCaution } from '../../domain/changes/change-view.js';
import { DomainError } from '../../domain/domain-error.js';
import { parseSinceOption } from '../change-anchor.js';
import { withContext } from '../run-command.js';

/** Registers `suspect`. */
export function registerSuspect(program: Command): void {
  program
    .command('suspect')
    .description('mark a change (id from `warroom changes`) as the suspected trigger on the timeline')
    .argument('<change-id>', 'the change id, or enough of its start to be unambiguous')
    .option('--clear', 'withdraw the mark')
    .option('--since <duration>', 'how far before detection to look for the change (default: changes.window)')
    .action(
      withContext(async (ctx, changeId: string, options: { clear?: boolean; since?: string }) => {
        if (options.clear) {
          const [event] = await clearSuspectMark(ctx.incidents, ctx.incidentId, changeId);
          ctx.out(`${event!.incidentId}: ${(event!.data as { changeId: string }).changeId} is no longer a suspected trigger`);
          return;
        }
        const windowMs = parseSinceOption(options.since);
        const incident = await ctx.incidents.current(ctx.incidentId);
        const view = await new ChangeService(ctx.loaded).view({ detectedAt: incident.milestones.detected, windowMs });
        const rows = changeRows(view);
        if (!rows.some((r) => r.change.id.startsWith(changeId.trim()))) {
          const problems = view.problems.length > 0 ? ` (sources with problems: ${view.problems.join('; ')})` : '';
          throw new DomainError(`no change "${changeId}" in ${view.windowText}${problems}; widen with --since 24h`, 'usage');
        }
        const change = findByIdPrefix(rows.map((r) => r.change), (c) => c.id, changeId, 'change');
        const [event] = await markSuspect(ctx.incidents, incident.id, change);
        const target = change.previousRef ? `; rollback target ${change.previousRef}` : '';
        ctx.out(`${event!.incidentId}: suspected trigger ${change.kind} ${change.title} (${change.id})${target}`);
        const caution = rollbackCaution(change);
        if (caution) ctx.out(`caution: ${caution}`);
      }),
    );
}
