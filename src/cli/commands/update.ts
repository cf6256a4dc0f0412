/**
 * `warroom update`: drafts a status update (template, kept draft or given text), lints it,
 * and posts it to targets. Lint warnings stop a post unless `--force`: an update cannot be
 * unsent, and the text is kept as a draft, so fixing it costs one more command, not the words.
 */
import { Option, type Command } from 'commander';
import { controllingTerminalSink } from '../../comms/targets/terminal-sink.js';
import { defaultTargetNames, selectTargets } from '../../comms/targets/create-targets.js';
import { draftFromTemplate, keepDraft, savedDraft } from '../../comms/update-drafts.js';
import { publishUpdate } from '../../comms/update-publisher.js';
import { requireAudience, requireUpdateKind } from '../../domain/comms/update-decisions.js';
import { suggestUpdateKind, wouldDisplaceDraft } from '../../domain/comms/update-draft.js';
import { formatLintWarning, lintUpdate } from '../../domain/comms/update-lint.js';
import { refreshKeptDraft } from '../../domain/comms/next-update-time.js';
import type { UpdateAudience, UpdateKind } from '../../domain/events.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { selectIncidentForReview } from '../../domain/review-selection.js';
import type { CliContext } from '../context.js';
import { CliUsageError, EXIT } from '../errors.js';
import { withContext } from '../run-command.js';
import { readStdin } from '../read-stdin.js';

interface UpdateOptions {
  audience: string;
  kind?: string;
  text?: string;
  fromTemplate?: boolean;
  fromDraft?: boolean;
  post?: string[] | true;
  record?: boolean;
  force?: boolean;
}

interface Draft {
  text: string;
  /** Where it came from, for the note on stderr. */
  origin: string;
  /** Typed by the person (or kept from before): worth keeping if it is not sent. */
  typed: boolean;
}

async function chooseText(ctx: CliContext, incident: IncidentState, kind: UpdateKind, audience: UpdateAudience, options: UpdateOptions): Promise<Draft> {
  if (options.text !== undefined) {
    const text = options.text === '-' ? await readStdin() : options.text;
    return { text, origin: options.text === '-' ? 'standard input' : '--text', typed: true };
  }
  const kept = options.fromTemplate ? undefined : await savedDraft(ctx.store, incident.id, kind, audience);
  if (kept) {
    // A draft kept from earlier may name a next-update time that has passed since; it moves to the cadence's next one.
    const refreshed = refreshKeptDraft(kept.text, ctx.loaded.policies[incident.severity], audience, ctx.now());
    for (const { from, to } of refreshed.moved) ctx.err(`note: the next-update time ${from} in the kept draft has passed; it now says ${to} (the cadence from now)`);
    return { text: refreshed.text, origin: `the draft kept at ${kept.savedAt}`, typed: true };
  }
  if (options.fromDraft) throw new CliUsageError(`no kept draft for ${incident.id} ${kind}/${audience}; use --from-template or --text`);
  const filled = await draftFromTemplate(ctx.loaded, incident, kind, audience, ctx.now());
  return { text: filled.text, origin: `template ${filled.templatePath}`, typed: false };
}

function targetNames(ctx: CliContext, audience: UpdateAudience, post: string[] | true): string[] {
  if (post !== true && post.length > 0) return post;
  const names = defaultTargetNames(ctx.loaded, audience);
  if (names.length === 0) {
    throw new CliUsageError(`--post without names needs comms.defaultTargets.${audience} in the config; or name targets: --post NAME...`);
  }
  return names;
}

async function run(ctx: CliContext, options: UpdateOptions): Promise<number> {
  const incident = selectIncidentForReview(await ctx.incidents.incidents(), ctx.incidentId);
  const audience = requireAudience(options.audience);
  const kind = options.kind ? requireUpdateKind(options.kind) : suggestUpdateKind(incident, audience);
  const draft = await chooseText(ctx, incident, kind, audience, options);
  const posting = Boolean(options.post || options.record);
  // Target names are checked before anything is printed or kept: a typo is a usage error, nothing more.
  const names = !posting || options.record ? [] : targetNames(ctx, audience, options.post ?? true);
  const targets = selectTargets(ctx.loaded, names, { env: process.env, terminal: controllingTerminalSink() });
  const warnings = lintUpdate({ text: draft.text, kind, audience, now: ctx.now() });
  const retry = `warroom update --incident ${incident.id} --kind ${kind} --audience ${audience}`;
  ctx.err(`${incident.id} ${kind}/${audience} update from ${draft.origin}`);
  for (const warning of warnings) ctx.err(`warning: ${formatLintWarning(warning)}`);

  if (!posting) {
    ctx.out(draft.text);
    if (draft.typed) await keepDraft(ctx.store, incident.id, kind, audience, draft.text);
    const known = ctx.loaded.config.comms.targets.map((t) => t.name);
    ctx.err(`not posted (preview). Send it with --post TARGET... (${known.length > 0 ? `targets: ${known.join(', ')}` : 'no targets configured'}), or --record if you sent it by hand.`);
    return EXIT.ok;
  }
  if (warnings.some((w) => w.rule === 'empty-text')) throw new CliUsageError('the update is empty');
  if (warnings.length > 0 && !options.force) {
    const kept = await savedDraft(ctx.store, incident.id, kind, audience);
    const fix = `not posted: ${warnings.length} warning(s). Fix the text (--text), or post it as it is with --force.`;
    if (wouldDisplaceDraft(kept, draft.text, draft.typed)) {
      ctx.err(`${fix} The draft kept at ${kept!.savedAt} is left as it was: ${retry} --from-draft uses it`);
      return EXIT.failure;
    }
    await keepDraft(ctx.store, incident.id, kind, audience, draft.text);
    ctx.err(`${fix} The text is kept: ${retry} --from-draft`);
    return EXIT.failure;
  }
  const outcome = await publishUpdate(ctx.incidents, {
    incidentId: incident.id,
    kind,
    audience,
    text: draft.text,
    targets,
    fromTemplate: !draft.typed,
    ...(options.force && warnings.length > 0 ? { overriddenWarnings: warnings.map((w) => w.rule) } : {}),
  });
  for (const result of outcome.results) {
    ctx.out(`  ${result.ok ? 'ok  ' : 'FAIL'}  ${result.target}: ${result.ok ? (result.detail ?? '') : (result.error ?? '')}`);
  }
  if (outcome.results.length === 0) ctx.out(`${incident.id}: ${kind}/${audience} update recorded as sent by hand`);
  if (outcome.otherDraftKeptAt) {
    ctx.err(`note: the ${kind}/${audience} draft kept at ${outcome.otherDraftKeptAt} was not used and is still kept: ${retry} --from-draft posts it`);
  }
  if (outcome.allDelivered) {
    if (outcome.results.length > 0) ctx.out(`${incident.id}: ${kind}/${audience} update posted`);
    return EXIT.ok;
  }
  const failed = outcome.results.filter((r) => !r.ok).map((r) => r.target);
  const delivered = outcome.results.length - failed.length;
  const again = outcome.draftKept ? 'the text is kept. Retry: ' : 'retry from the template: ';
  ctx.err(`${incident.id}: delivered to ${delivered} of ${outcome.results.length} targets; ${again}${retry} ${outcome.draftKept ? '--from-draft' : '--from-template'} --post ${failed.join(' ')}`);
  return EXIT.failure;
}

/** Registers `update`. */
export function registerUpdate(program: Command): void {
  program
    .command('update')
    .description('draft, lint and post a status update (without --post: print a preview)')
    .requiredOption('--audience <audience>', 'customer | internal')
    .option('--kind <kind>', 'initial | update | resolution (default: initial before the first update, resolution once resolved)')
    .addOption(new Option('--text <text>', 'the update text ("-" reads standard input)').conflicts(['fromTemplate', 'fromDraft']))
    .addOption(new Option('--from-template', 'start from the template even when a draft is kept').conflicts('fromDraft'))
    .option('--from-draft', 'use the kept draft (the default when there is one)')
    .addOption(new Option('--post [targets...]', 'post to these targets (no names: comms.defaultTargets for the audience)').conflicts('record'))
    .option('--record', 'record it as sent by hand, without posting anywhere')
    .option('--force', 'post despite lint warnings (they are recorded with the update)')
    .action(withContext(async (ctx, options: UpdateOptions) => run(ctx, options)));
}
