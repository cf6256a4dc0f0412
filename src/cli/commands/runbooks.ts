/** `warroom runbooks`: every runbook on offer, checklist or document. */
import type { Command } from 'commander';
import { RunbookLibrary } from '../../runbooks/runbook-library.js';
import { formatRunbookList } from '../format-checklist.js';
import { withContext } from '../run-command.js';

/** Registers `runbooks`. */
export function registerRunbooks(program: Command): void {
  program
    .command('runbooks')
    .description('list the runbooks (your runbooks directory, then the shipped ones)')
    .option('--json', 'print JSON')
    .action(
      withContext(async (ctx, options: { json?: boolean }) => {
        const infos = await RunbookLibrary.fromConfig(ctx.loaded).list();
        if (options.json) ctx.out(JSON.stringify(infos, null, 2));
        else for (const line of formatRunbookList(infos)) ctx.out(line);
      }),
    );
}
