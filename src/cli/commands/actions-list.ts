/** `warroom actions`: the prepared mitigations, fastest typical restore first. */
import type { Command } from 'commander';
import { actionMenu } from '../../domain/actions/action-options.js';
import { formatActionMenu, showArgv } from '../format-action.js';
import { withContext } from '../run-command.js';

/** Registers `actions`. */
export function registerActions(program: Command): void {
  program
    .command('actions')
    .description('list the mitigation actions, fastest typical time to restore first')
    .option('--json', 'print JSON')
    .action(
      withContext(async (ctx, options: { json?: boolean }) => {
        const menu = actionMenu(ctx.loaded.config.actions);
        if (!options.json) {
          for (const line of formatActionMenu(menu)) ctx.out(line);
          return;
        }
        const rows = menu.map((o) => ({
          name: o.name,
          kind: o.kind,
          description: o.description,
          command: o.command,
          commandLine: showArgv(o.command),
          dryRun: o.dryRun ?? null,
          risk: o.resolvedRisk,
          typicalTimeToRestore: o.restoreText,
          verify: o.verify,
          confirm: o.confirm,
          timeoutMs: o.timeout,
        }));
        ctx.out(JSON.stringify(rows, null, 2));
      }),
    );
}
