/**
 * `warroom freeze on|off|status`: the deploy freeze. `status` exits 0 when deploys are allowed
 * and 1 when frozen, so deploy scripts and CI can ask before they ship. With an incident open
 * a freeze is recorded on it; with none, on the by-hand freeze stream of the same log.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Command } from 'commander';
import { resolveConfigPath } from '../../config/load-config.js';
import { describeHolds, freezeOff, freezeOn, HOST_FREEZE_ID, type DeployFreeze } from '../../domain/deploy-freeze.js';
import { selectIncident } from '../../domain/incident-commands.js';
import { isOpen } from '../../domain/incident-state.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../errors.js';
import { withContext } from '../run-command.js';

/** Registers `freeze` with `on`, `off` and `status`. */
export function registerFreeze(program: Command): void {
  const freeze = program.command('freeze').description('deploy freeze: on | off | status (status exits 0 when deploys are allowed, 1 when frozen)');
  freeze
    .command('on')
    .description('freeze deploys (on the current incident, or by hand when none is open)')
    .option('--reason <text>', 'why, for whoever is blocked by it')
    .action(
      withContext(async (ctx, options: { reason?: string }) => {
        const [event] = await ctx.incidents.recordAcross((all, events) => {
          const incident = ctx.incidentId ? selectIncident(all, ctx.incidentId) : all.filter(isOpen).at(-1);
          return freezeOn(events, incident, options.reason);
        });
        const scope = event!.incidentId === HOST_FREEZE_ID ? 'by hand (no incident open)' : `for ${event!.incidentId}`;
        ctx.out(`deploys frozen ${scope} by ${event!.actor}`);
        printFile(ctx);
      }),
    );
  freeze
    .command('off')
    .description('lift the freeze: every hold, or only --incident ID\'s')
    .option('--reason <text>', 'why it is safe to deploy again')
    .action(
      withContext(async (ctx, options: { reason?: string }) => {
        const before = await ctx.incidents.deployFreeze();
        const file = freezeFile(ctx);
        if (!before.frozen && ctx.incidentId === undefined && file && existsSync(file)) {
          // Nothing recorded holds a freeze, but the file says frozen (made by hand): remove it so deploys can run.
          await rm(file, { force: true });
          ctx.out(`deploys were not frozen on record; removed the stray freeze file ${file}`);
          return;
        }
        const lifted = await ctx.incidents.recordAcross((all, events) =>
          freezeOff(events, ctx.incidentId ? selectIncident(all, ctx.incidentId) : undefined, options.reason),
        );
        for (const event of lifted) ctx.out(`lifted: ${event.incidentId === HOST_FREEZE_ID ? 'the freeze set by hand' : event.incidentId}`);
        const after = await ctx.incidents.deployFreeze();
        ctx.out(after.frozen ? `deploys are still frozen:\n${describeHolds(after).map((h) => `  ${h}`).join('\n')}` : 'deploys are allowed');
      }),
    );
  freeze
    .command('status')
    .description('exit 0 when deploys are allowed, 1 when frozen; prints who froze them, why and since when')
    .option('--json', 'print JSON: {frozen, holds: [{incidentId, by, since, reason}], file, fileExists}')
    .action(
      withContext(async (ctx, options: { json?: boolean }) => {
        const freeze = await ctx.incidents.deployFreeze();
        const file = freezeFile(ctx);
        const fileExists = file !== undefined && existsSync(file);
        // A freeze file nobody recorded still stops deploy scripts that test for it: report frozen, and say why.
        const frozen = freeze.frozen || fileExists;
        if (options.json) ctx.out(JSON.stringify(statusJson(freeze, frozen, file, fileExists), null, 2));
        else {
          ctx.out(frozen ? 'deploys FROZEN' : 'deploys allowed');
          for (const hold of describeHolds(freeze)) ctx.out(`  ${hold}`);
          if (fileExists && !freeze.frozen) ctx.out(`  the freeze file ${file} exists but no freeze is recorded (made by hand?); \`warroom freeze off\` removes it`);
        }
        return frozen ? EXIT.failure : EXIT.ok;
      }),
    );
}

function freezeFile(ctx: CliContext): string | undefined {
  const file = ctx.loaded.config.freeze.file;
  return file ? resolveConfigPath(ctx.loaded, file) : undefined;
}

function printFile(ctx: CliContext): void {
  const file = freezeFile(ctx);
  if (file) ctx.out(`freeze file: ${file}`);
}

function statusJson(freeze: DeployFreeze, frozen: boolean, file: string | undefined, fileExists: boolean) {
  return {
    frozen,
    holds: freeze.holds.map((h) => ({ incidentId: h.incidentId ?? null, by: h.by, since: h.since, reason: h.reason ?? null })),
    file: file ?? null,
    fileExists,
  };
}
