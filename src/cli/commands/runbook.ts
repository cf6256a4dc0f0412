/** `warroom runbook NAME`: print one runbook as written (or its parsed checklist as JSON). */
import type { Command } from 'commander';
import { cleanBlock } from '../../domain/checklist/slug.js';
import { RunbookLibrary } from '../../runbooks/runbook-library.js';
import { formatWarnings } from '../format-checklist.js';
import { withContext } from '../run-command.js';

/** Registers `runbook`. */
export function registerRunbook(program: Command): void {
  program
    .command('runbook')
    .description('print a runbook (e.g. `warroom runbook rollback-rules`)')
    .argument('<name>', 'the runbook, with or without .md (`warroom runbooks` lists them)')
    .option('--json', 'print the parsed sections and items as JSON')
    .action(
      withContext(async (ctx, name: string, options: { json?: boolean }) => {
        const doc = await RunbookLibrary.fromConfig(ctx.loaded).load(name);
        if (options.json) {
          const { name: runbookName, file, origin, title, contentHash, runbook } = doc;
          ctx.out(JSON.stringify({ ...runbook, name: runbookName, file, origin, title, contentHash }, null, 2));
          return;
        }
        // The file is printed as written, minus control characters: a runbook must not drive the terminal.
        ctx.out(cleanBlock(doc.text).replace(/\n$/, ''));
        for (const line of formatWarnings(doc.file, doc.runbook.warnings)) ctx.err(line);
      }),
    );
}
