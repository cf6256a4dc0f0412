/** `warroom tick ITEM-ID [--undo]`: tick or untick a checklist item; the tick goes on the timeline. */
import type { Command } from 'commander';
import { ChecklistService } from '../../runbooks/checklist-service.js';
import { withContext } from '../run-command.js';

/** Registers `tick`. */
export function registerTick(program: Command): void {
  program
    .command('tick')
    .description('tick a checklist item (ids from `warroom checklist`; a unique prefix is enough)')
    .argument('<item-id>', 'the item id, e.g. triage/what-changed, or RUNBOOK#ID')
    .option('--undo', 'untick it instead')
    .action(
      withContext(async (ctx, reference: string, options: { undo?: boolean }) => {
        const checked = !options.undo;
        const { item, event } = await ChecklistService.forIncidents(ctx.incidents).toggle(reference, checked, ctx.incidentId);
        ctx.out(`${event.incidentId}: ${checked ? 'ticked' : 'unticked'} ${item.key}  ${item.text}`);
      }),
    );
}
