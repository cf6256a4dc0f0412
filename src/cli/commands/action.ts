/**
 * `warroom action NAME`: the guided mitigation without the console. Prints the preflight,
 * runs the dry run, asks for confirmation (y or the typed name; `--yes` outside a terminal),
 * streams the output, re-runs the verify checks and shows them before/after.
 */
import type { Command } from 'commander';
import { FlowDriver } from '../../actions/flow-driver.js';
import type { FlowState } from '../../domain/actions/action-flow.js';
import { requireAction } from '../../domain/actions/action-options.js';
import { failureSummary } from '../../domain/actions/next-option.js';
import { clock } from '../../domain/actions/preflight.js';
import { ask, createActionService } from '../action-services.js';
import type { CliContext } from '../context.js';
import { CliUsageError, EXIT } from '../errors.js';
import { formatPreflight, formatSuggestions, formatVerification } from '../format-action.js';
import { withContext } from '../run-command.js';

const INTERRUPTS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const EXIT_INTERRUPTED = 130;

interface ActionOptions {
  yes?: boolean;
  dryRun?: boolean;
  ref?: string;
}

/** Registers `action`. */
export function registerAction(program: Command): void {
  program
    .command('action')
    .description('run a mitigation action with preflight, confirmation and verification (`warroom actions` lists them)')
    .argument('<name>', 'the action, as named in warroom.yaml')
    .option('--yes', 'confirm without asking (needed when there is no terminal)')
    .option('--dry-run', 'only run the dry-run command and show what would happen')
    .option('--ref <ref>', 'act on this change (ref, version or id) instead of the suspect deploy')
    .action(withContext((ctx, name: string, options: ActionOptions) => runAction(ctx, name, options)));
}

async function runAction(ctx: CliContext, name: string, options: ActionOptions): Promise<number> {
  const service = createActionService(ctx);
  const option = requireAction(service.menu(), name);
  if (options.dryRun && !option.dryRun) throw new CliUsageError(`${name} has no dry-run command (add \`dryRun:\` to the action in warroom.yaml)`);
  const driver = new FlowDriver(service, { incidentId: ctx.incidentId, ref: options.ref, onOutput: (chunk) => process.stdout.write(chunk) }, name);
  const interrupt = (): void => driver.dispatch({ type: 'cancel' });
  for (const signal of INTERRUPTS) process.on(signal, interrupt);
  try {
    return await walk(ctx, driver, options);
  } finally {
    for (const signal of INTERRUPTS) process.off(signal, interrupt);
  }
}

async function walk(ctx: CliContext, driver: FlowDriver, options: ActionOptions): Promise<number> {
  await driver.idle();
  const preflight = driver.state.preflight;
  if (!preflight) return ended(ctx, driver.state);
  for (const line of formatPreflight(preflight)) ctx.out(line);
  if (preflight.blockers.length > 0) return EXIT.failure;
  if (!options.dryRun && !options.yes && preflight.confirm !== 'none' && !ctx.isTTY) {
    throw new CliUsageError(`${preflight.name} needs confirmation (${preflight.confirm}) and there is no terminal to ask on: pass --yes to run it`);
  }
  driver.dispatch({ type: 'proceed' });
  if (driver.state.step === 'dry-run') {
    ctx.out('--- dry run ---');
    await driver.idle();
    const outcome = driver.state.dryRun?.outcome;
    if (driver.state.step !== 'dry-run' || !outcome) return ended(ctx, driver.state);
    const ok = outcome.exitCode === 0;
    ctx.out(`--- dry run ${ok ? 'finished' : `failed: ${failureSummary(outcome)}`} ---`);
    if (options.dryRun) return ok ? EXIT.ok : EXIT.failure;
    driver.dispatch({ type: 'proceed' });
    if (driver.state.step === 'dry-run') return fail(ctx, driver.state.notice ?? 'the dry run failed');
  }
  if (driver.state.step === 'confirm') {
    if (options.yes) driver.dispatch({ type: 'assume-yes' });
    else {
      driver.dispatch({ type: 'input', text: await ask(preflight.confirmPrompt) });
      driver.dispatch({ type: 'submit' });
      if (driver.state.step === 'confirm') return fail(ctx, `${driver.state.notice ?? 'not confirmed'}: nothing was run`);
    }
  }
  ctx.out(`--- running ${preflight.name} ---`);
  await driver.idle();
  // Someone may have marked it meanwhile (another console, `warroom mitigated`): then there is nothing to ask.
  const mitigatedAt = driver.incidentId ? (await ctx.incidents.current(driver.incidentId)).milestones.mitigated : undefined;
  const code = ended(ctx, driver.state, mitigatedAt);
  if (driver.state.verified && !mitigatedAt && ctx.isTTY && !options.yes && /^y(es)?$/i.test((await ask('Mark the incident mitigated now? [y/N]')).trim())) {
    try {
      await driver.markMitigated();
      ctx.out(`${driver.incidentId ?? 'incident'}: marked mitigated`);
    } catch (error) {
      ctx.err(`warroom: ${(error as Error).message}`);
    }
  }
  return code;
}

function ended(ctx: CliContext, state: FlowState, mitigatedAt?: string): number {
  const outcome = state.outcome;
  if (outcome) {
    if (state.output.partial !== '') ctx.out('');
    ctx.out(`--- ${state.preflight?.name ?? 'action'} ${outcome.exitCode === 0 ? 'finished' : 'ended'} after ${(outcome.durationMs / 1000).toFixed(1)}s ---`);
  }
  switch (state.step) {
    case 'failed':
      ctx.err(`warroom: ${state.preflight?.name ?? 'action'} failed: ${state.failure ?? 'unknown reason'}`);
      for (const line of formatSuggestions(state.suggestions)) ctx.err(line);
      return EXIT.failure;
    case 'cancelled':
      ctx.err("warroom: cancelled: the action's process group was stopped and the cancel recorded on the timeline");
      return EXIT_INTERRUPTED;
    case 'done':
      if (state.verify.length === 0) {
        ctx.out(`no verify checks ran: check by hand that the service is restored${mitigatedAt ? '' : ', then `warroom mitigated`'}`);
        return EXIT.ok;
      }
      for (const line of formatVerification(state.verify, state.verified === true)) ctx.out(line);
      if (!state.verified) return fail(ctx, 'the action ran but its verify checks are not all OK');
      ctx.out(
        mitigatedAt
          ? `verify checks pass; the incident was already marked mitigated at ${clock(mitigatedAt)}`
          : 'verify checks pass: once impact has stopped, record it with `warroom mitigated` (sets the time to mitigate)',
      );
      return EXIT.ok;
    default:
      return fail(ctx, state.notice ?? `stopped at ${state.step}`);
  }
}

function fail(ctx: CliContext, reason: string): number {
  ctx.err(`warroom: ${reason}`);
  return EXIT.failure;
}
