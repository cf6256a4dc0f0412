/** `warroom export`: the postmortem draft and/or the JSON export of an incident. */
import { Option, type Command } from 'commander';
import { EXPORT_FORMATS, exportIncident, type ExportFormat } from '../../export/incident-export.js';
import { withContext } from '../run-command.js';

/** Registers `export`. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the postmortem draft (markdown) and/or the JSON export of the incident, redacted')
    .addOption(new Option('--format <format>', 'what to write').choices(EXPORT_FORMATS).default('markdown'))
    .option('--out <path>', 'a file, a directory, or - for stdout (default: export.postmortemDir from the config)')
    .action(
      withContext(async (ctx, options: { format: ExportFormat; out?: string }) => {
        const result = await exportIncident(ctx.incidents, ctx.loaded, { incidentId: ctx.incidentId, format: options.format, out: options.out, cwd: process.cwd() }, ctx.now());
        if (result.stdout !== undefined) {
          process.stdout.write(result.stdout);
          return;
        }
        if (result.markdownPath) ctx.out(`${result.incidentId}: postmortem draft written to ${result.markdownPath}`);
        if (result.jsonPath) ctx.out(`${result.incidentId}: JSON export written to ${result.jsonPath}`);
        if (!result.chain.ok) {
          const b = result.chain.brokenAt;
          ctx.err(`warning: the store's hash chain is broken at seq ${b.seq} (${b.id}): ${b.reason}; the export says so`);
        }
      }),
    );
}
