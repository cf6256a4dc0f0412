/** `warroom check [NAME...]`: run diagnostic checks now; exit with the worst state's Nagios code. */
import type { Command } from 'commander';
import { CheckService } from '../../checks/check-service.js';
import { exitCodeForStatus, worstStatus } from '../../domain/checks/check-status.js';
import { EXIT_INTERRUPTED, withCheckInterrupts } from '../check-interrupts.js';
import { CliUsageError } from '../errors.js';
import { checkResultJson, formatCheckLine } from '../format-check.js';
import { withContext } from '../run-command.js';

/** Registers `check`. */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('run the configured checks (or the named ones); exit code is the worst result (0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)')
    .argument('[names...]', 'checks to run (default: all)')
    .option('--json', 'print the results as JSON')
    .option('--no-record', 'do not put the results on the open incident\'s timeline')
    .action(
      withContext(async (ctx, names: string[], options: { json?: boolean; record: boolean }) => {
        const service = new CheckService(ctx.loaded, ctx.incidents, { now: ctx.now });
        if (service.definitions().length === 0) {
          const where = ctx.loaded.file ?? 'warroom.yaml';
          throw new CliUsageError(`no checks are configured in ${where}: add a "checks:" section (see checks/README.md)`);
        }
        const selected = service.select(names);
        const width = Math.max(...selected.map((c) => c.name.length));
        return withCheckInterrupts(async (signal) => {
          const report = await service.run(selected, {
            incidentId: ctx.incidentId,
            record: options.record,
            signal,
            onResult: (result, previous) => {
              if (!options.json) ctx.out(formatCheckLine(result, width, previous));
            },
          });
          if (options.json) ctx.out(JSON.stringify(report.results.map(checkResultJson), null, 2));
          for (const problem of report.recordErrors) ctx.err(`warroom: not recorded on the timeline: ${problem}`);
          if (report.recordedOn && !options.json) ctx.err(`recorded on ${report.recordedOn}`);
          if (signal.aborted) return EXIT_INTERRUPTED;
          return exitCodeForStatus(worstStatus(report.results.map((r) => r.status)));
        });
      }),
    );
}
