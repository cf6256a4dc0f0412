/** `warroom checklist`: the current incident's checklist with progress and item ids. */
import type { Command } from 'commander';
import { ChecklistService } from '../../runbooks/checklist-service.js';
import { formatChecklist, formatWarnings } from '../format-checklist.js';
import { withContext } from '../run-command.js';

/** Registers `checklist`. */
export function registerChecklist(program: Command): void {
  program
    .command('checklist')
    .description("show the incident's checklist: runbooks, progress per section, item ids for `warroom tick`")
    .option('--json', 'print JSON (runbooks, sections, items with ticks, removed items)')
    .action(
      withContext(async (ctx, options: { json?: boolean }) => {
        const view = await ChecklistService.forIncidents(ctx.incidents).view(ctx.incidentId);
        if (options.json) {
          ctx.out(JSON.stringify(view, null, 2));
          return;
        }
        for (const line of formatChecklist(view)) ctx.out(line);
        for (const runbook of view.runbooks) for (const line of formatWarnings(`${runbook.runbook}.md`, runbook.warnings)) ctx.err(line);
      }),
    );
}
