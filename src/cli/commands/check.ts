/** `warroom check [NAME...]`: run diagnostic checks now; exit with the worst state's Nagios code. */
import { CommanderError, type Command } from 'commander';
import { CheckService } from '../../checks/check-service.js';
import { exitCodeForStatus, worstStatus } from '../../domain/checks/check-status.js';
import { interruptedExitCode, withCheckInterrupts } from '../check-interrupts.js';
import { CliUsageError } from '../errors.js';
import { checkResultJson, formatCheckLine } from '../format-check.js';
import { withContext } from '../run-command.js';

/**
 * A usage or config error (or any other failure to run the checks) exits UNKNOWN, never 2: a
 * caller reading the Nagios code must not take a typo in the config for a CRITICAL service.
 */
const EXIT_CANNOT_CHECK = exitCodeForStatus('UNKNOWN');

/** Registers `check`. */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description(
      'run the configured checks (or the named ones); exit code is the worst result (0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN); ' +
        'a usage or config error exits 3 (UNKNOWN) too, 130/143 when interrupted',
    )
    .argument('[names...]', 'checks to run (default: all)')
    .option('--json', 'print the results as JSON')
    .option('--no-record', 'do not put the results on the open incident\'s timeline')
    .exitOverride((error) => {
      throw error.exitCode === 0 ? error : new CommanderError(EXIT_CANNOT_CHECK, error.code, error.message);
    })
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
          if (signal.aborted) return interruptedExitCode(signal);
          return exitCodeForStatus(worstStatus(report.results.map((r) => r.status)));
        });
      }, { errorExitCode: EXIT_CANNOT_CHECK }),
    );
}
