/**
 * `warroom resolve`: verify, then close the current incident. The recovery verification runbook
 * goes on the checklist and every check runs again; anything not OK or not ticked needs
 * `--reason`, which is recorded with the resolution.
 */
import type { Command } from 'commander';
import { CheckService } from '../../checks/check-service.js';
import type { LineTone } from '../../domain/actions/preflight-lines.js';
import { checkLine, checksLines, recoveryLines, verdictLines, type ResolveLine } from '../../domain/resolve-preflight-lines.js';
import { ResolveService } from '../../incidents/resolve-service.js';
import { ChecklistService } from '../../runbooks/checklist-service.js';
import { EXIT_INTERRUPTED, withCheckInterrupts } from '../check-interrupts.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../errors.js';
import { paintAlert, paintDim } from '../paint.js';
import { withContext } from '../run-command.js';

interface ResolveOptions {
  note?: string;
  reason?: string;
  skipChecks?: boolean;
}

const PAINT: Record<LineTone, (text: string) => string> = {
  normal: (t) => t,
  dim: paintDim,
  ok: (t) => t,
  warn: paintAlert,
  bad: paintAlert,
};

const print = (ctx: CliContext, lines: readonly ResolveLine[]) => lines.forEach((l) => ctx.out(PAINT[l.tone](l.text)));

async function run(ctx: CliContext, options: ResolveOptions): Promise<number> {
  const incident = await ctx.incidents.current(ctx.incidentId);
  const checks = new CheckService(ctx.loaded, ctx.incidents, { now: ctx.now });
  const service = new ResolveService(ctx.incidents, checks, ChecklistService.forIncidents(ctx.incidents));
  const definitions = checks.definitions();
  const width = Math.max(0, ...definitions.map((d) => d.name.length));
  if (!options.skipChecks && definitions.length > 0) ctx.out(`Re-running ${definitions.length} check(s) before resolving ${incident.id}…`);
  const outcome = await withCheckInterrupts(async (signal) => {
    const prepared = await service.preflight(incident.id, {
      skipChecks: options.skipChecks,
      signal,
      onCheckResult: (result) => print(ctx, [checkLine(result, width)]),
    });
    return signal.aborted ? undefined : prepared;
  });
  if (!outcome) {
    ctx.err(`warroom: interrupted; ${incident.id} is not resolved`);
    return EXIT_INTERRUPTED;
  }
  const { preflight } = outcome;
  print(ctx, [...recoveryLines(preflight, outcome.attached), ...checksLines(preflight).slice(0, 1), ...verdictLines(preflight, Boolean(options.reason?.trim()))]);
  if (preflight.reasonRequired && !options.reason?.trim()) {
    // One line: the items and checks in question are listed just above, on standard output.
    ctx.err(`warroom: ${incident.id} not resolved: ${preflight.problems.join('; ')}; tick the items (\`warroom tick ID\`) and fix the checks, or resolve anyway with --reason "why it is safe"`);
    return EXIT.failure;
  }
  const resolved = await service.resolve(outcome, { note: options.note, reason: options.reason });
  ctx.out(`${incident.id}: resolved at ${resolved.resolvedAt}${options.reason?.trim() ? ' (reason recorded)' : ''}`);
  if (resolved.freezeLifted) ctx.out(`${incident.id}: deploy freeze lifted`);
  ctx.out('Next:');
  ctx.out('  post the resolution update:  warroom update --kind resolution --audience customer --post');
  ctx.out('  write the postmortem draft:  warroom export');
  ctx.out('  name the root cause:         warroom edit --root-cause TEXT [--tag TAG]');
  ctx.out('  once the review is held:     warroom postmortem done');
  return EXIT.ok;
}

/** Registers `resolve`. */
export function registerResolve(program: Command): void {
  program
    .command('resolve')
    .description('verify (recovery checklist, every check re-run) and resolve the current incident; lifts the deploy freeze unless configured otherwise')
    .option('--note <text>', 'how service was restored')
    .option('--reason <text>', 'why it is safe to resolve although checks are not OK or recovery items are open (recorded)')
    .option('--skip-checks', 'do not re-run the checks (resolving then needs --reason)')
    .action(withContext(async (ctx, options: ResolveOptions) => run(ctx, options)));
}
