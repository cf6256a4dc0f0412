/** `warroom stats`: process metrics across incidents, against the configured targets. */
import type { Command } from 'commander';
import { parseDurationText } from '../../domain/duration-text.js';
import { computeMetrics } from '../../domain/metrics.js';
import { formatMetrics } from '../../domain/metrics-report.js';
import { CliUsageError } from '../errors.js';
import { withContext } from '../run-command.js';

/** Registers `stats`. */
export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('MTTA, time to mitigate, MTTR, postmortem and follow-up rates, repeats; each against its target')
    .option('--since <duration>', 'only incidents declared within this long, e.g. 30d, 12w, 90d')
    .option('--json', 'print JSON')
    .action(
      withContext(async (ctx, options: { since?: string; json?: boolean }) => {
        let sinceMs: number | undefined;
        if (options.since !== undefined) {
          sinceMs = parseDurationText(options.since);
          if (sinceMs === undefined || sinceMs <= 0) throw new CliUsageError(`--since "${options.since}" is not a duration: use e.g. 30d, 12w, 48h`);
        }
        const metrics = computeMetrics(await ctx.incidents.incidents(), ctx.loaded.config.export.targets, ctx.now(), sinceMs);
        if (options.json) ctx.out(JSON.stringify(metrics, null, 2));
        else for (const line of formatMetrics(metrics)) ctx.out(line);
      }),
    );
}
