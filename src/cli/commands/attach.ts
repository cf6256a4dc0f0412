/** `warroom attach RUNBOOK`: add a runbook to the incident's checklist. */
import type { Command } from 'commander';
import { shortHash } from '../../domain/checklist/find-item.js';
import { ChecklistService } from '../../runbooks/checklist-service.js';
import { withContext } from '../run-command.js';

/** Registers `attach`. */
export function registerAttach(program: Command): void {
  program
    .command('attach')
    .description("attach a runbook to the incident's checklist (`warroom runbooks` lists them)")
    .argument('<runbook>', 'the runbook name, with or without .md')
    .action(
      withContext(async (ctx, name: string) => {
        const { document, event } = await ChecklistService.forIncidents(ctx.incidents).attach(name, ctx.incidentId);
        const items = document.runbook.items.length;
        const kind = items > 0 ? `${items} items` : 'a document, nothing to tick';
        ctx.out(`${event.incidentId}: attached ${document.name} "${document.title}" (${kind}; version ${shortHash(document.contentHash)})`);
      }),
    );
}
