/** `warroom changes`: what changed before the incident, with the likely trigger flagged. */
import type { Command } from 'commander';
import { ChangeService } from '../../changes/change-service.js';
import { sourceProblemLines } from '../../domain/changes/change-model.js';
import { changesJson } from '../../domain/changes/change-view.js';
import { changeAnchor, parseSinceOption } from '../change-anchor.js';
import { EXIT } from '../errors.js';
import { formatChangesView } from '../format-changes.js';
import { withContext } from '../run-command.js';

/** Registers `changes`. */
export function registerChanges(program: Command): void {
  program
    .command('changes')
    .description('list recent commits, deploys and config changes around detection; flags the likely trigger')
    .option('--since <duration>', 'how far before detection to look (default: changes.window, 2h)')
    .option('--json', 'print JSON: [{id, at, kind, source, title, actor, ref, suspect, minutesBeforeDetection, ...}]')
    .action(
      withContext(async (ctx, options: { since?: string; json?: boolean }) => {
        const windowMs = parseSinceOption(options.since);
        const service = new ChangeService(ctx.loaded);
        if (service.sources.length === 0 && !options.json) {
          ctx.err('no change sources configured: add git repositories, deploy history or change logs under `changes:` (docs/changes.md)');
        }
        const anchor = await changeAnchor(ctx);
        const view = await service.view({ detectedAt: anchor.detectedAt, windowMs, marked: anchor.incident?.suspects });
        if (options.json) {
          ctx.out(JSON.stringify(changesJson(view), null, 2));
          // stdout stays one JSON document; what went wrong goes to stderr.
          for (const line of view.sources.flatMap((report) => sourceProblemLines(report))) ctx.err(`warroom: changes: ${line.trim()}`);
        } else {
          for (const line of formatChangesView(view, { incidentId: anchor.incident?.id })) ctx.out(line);
        }
        const allFailed = view.sources.length > 0 && view.sources.every((s) => s.error !== undefined);
        return allFailed ? EXIT.failure : EXIT.ok;
      }),
    );
}
