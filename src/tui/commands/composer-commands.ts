/**
 * Commands of the status-update composer (c): kind and audience, writing (the kept draft, else
 * the template filled from the incident), preview with the lint, posting to the ticked targets
 * and retrying the ones that failed. Text that leaves the screen unsent stays a draft in the store.
 */
import { defaultTargetNames, selectTargets } from '../../comms/targets/create-targets.js';
import { composerPrefill, keepDraft } from '../../comms/update-drafts.js';
import { publishUpdate } from '../../comms/update-publisher.js';
import { refreshKeptDraft, type RefreshedText } from '../../domain/comms/next-update-time.js';
import { parseUpdateDraftKey } from '../../domain/comms/update-draft.js';
import { lintUpdate } from '../../domain/comms/update-lint.js';
import { nextUpdateDue } from '../../domain/deadlines.js';
import { READ_ONLY_REASON } from '../keymap/resolve-key.js';
import { isComposer, openComposer, selectedTargets, targetChoices, type ComposerEvent, type ComposerModal, type KeptDraft } from '../state/composer-flow.js';
import type { FlashTone } from '../state/console-state.js';
import { selectIncident } from '../state/selectors.js';
import type { CommandEnv, CommandHandler } from './command-env.js';
import { flashError } from './perform-write.js';

const flash = (env: CommandEnv, text: string, tone: FlashTone = 'info') => env.store.dispatch({ type: 'flash/show', text, tone });
const step = (env: CommandEnv, event: ComposerEvent) => env.store.dispatch({ type: 'modal/composer', event });

/** The composer dialog on top, if that is what is on top. */
function topComposer(env: CommandEnv): ComposerModal | undefined {
  const top = env.store.getState().ui.modals.at(-1);
  return top && isComposer(top) ? top : undefined;
}

/** Saves the text as the draft for its kind and audience (tracked, so quitting waits for it). */
export function saveComposerDraft(env: CommandEnv, modal: ComposerModal, text: string | null): Promise<void> {
  return env.writes.track(keepDraft(env.incidents.store, modal.incidentId, modal.updateKind, modal.audience, text));
}

async function keptDrafts(env: CommandEnv, incidentId: string): Promise<KeptDraft[]> {
  const { drafts } = await env.incidents.store.read();
  return Object.entries(drafts).flatMap(([key, draft]) => {
    const parsed = parseUpdateDraftKey(key);
    if (!parsed || parsed.incidentId !== incidentId || !draft.text.trim()) return [];
    return [{ updateKind: parsed.kind, audience: parsed.audience, savedAt: draft.savedAt }];
  });
}

function open(env: CommandEnv): void {
  const state = env.store.getState();
  const incident = selectIncident(state);
  if (!incident) return flash(env, 'no incident is open', 'warning');
  const soonest = nextUpdateDue(incident, env.loaded.policies[incident.severity], new Date(state.now));
  env.store.dispatch({ type: 'modal/open', modal: openComposer(incident, soonest) });
  void keptDrafts(env, incident.id).then((kept) => step(env, { type: 'drafts', kept }), (error: unknown) => flashError(env, error));
}

/** The modal's text with a next-update time that has passed moved to the cadence's next one. */
function refreshed(env: CommandEnv, modal: Pick<ComposerModal, 'audience' | 'incidentId'>, text: string): RefreshedText {
  const incident = selectIncident(env.store.getState());
  if (incident?.id !== modal.incidentId) return { text, moved: [] };
  return refreshKeptDraft(text, env.loaded.policies[incident.severity], modal.audience, env.incidents.now());
}

const movedNote = (moved: RefreshedText['moved']) =>
  moved.length === 0 ? '' : `; its next-update time ${moved[0]!.from} had passed, it now says ${moved[0]!.to}`;

/** Enter on the setup: the editor opens at once and fills when the draft or template is read. */
function write(env: CommandEnv): void {
  const modal = topComposer(env);
  const incident = selectIncident(env.store.getState());
  if (modal?.kind !== 'compose-setup' || incident?.id !== modal.incidentId) return;
  const { updateKind, audience } = modal;
  const configured = env.loaded.config.comms.targets.map((t) => t.name);
  step(env, { type: 'write', targets: targetChoices(configured, defaultTargetNames(env.loaded, audience)) });
  composerPrefill(env.loaded, env.incidents.store, incident, updateKind, audience, env.incidents.now()).then(
    (prefill) => {
      const { text, moved } = prefill.source === 'draft' ? refreshed(env, modal, prefill.text) : { text: prefill.text, moved: [] };
      step(env, { type: 'loaded', updateKind, audience, text, source: prefill.source, savedAt: prefill.savedAt });
      if (prefill.source === 'draft') flash(env, `Restored the ${updateKind}/${audience} draft kept at ${prefill.savedAt?.slice(11, 19) ?? '?'}Z${movedNote(moved)}`);
    },
    (error: unknown) => {
      step(env, { type: 'load-failed' });
      flashError(env, error);
    },
  );
}

function toPreview(env: CommandEnv): void {
  const modal = topComposer(env);
  if (modal?.kind !== 'compose-edit' || modal.loading) return;
  step(env, { type: 'preview' });
  if (modal.edited) void saveComposerDraft(env, modal, modal.text).catch((error: unknown) => flashError(env, error));
}

function close(env: CommandEnv): void {
  while (topComposer(env)) env.store.dispatch({ type: 'modal/close' });
}

/** Leaving the editor for good: the text stays a draft unless `discard`. */
function leave(env: CommandEnv, discard: boolean): void {
  const modal = topComposer(env);
  if (!modal) return;
  close(env);
  if (discard) {
    void saveComposerDraft(env, modal, null).then(() => flash(env, `The ${modal.updateKind}/${modal.audience} draft is discarded`), (error: unknown) => flashError(env, error));
  } else if (modal.edited && modal.text.trim()) {
    void saveComposerDraft(env, modal, modal.text).then(() => flash(env, 'Kept as a draft: c offers it again'), (error: unknown) => flashError(env, error));
  }
}

function post(env: CommandEnv, force: boolean): void {
  const modal = topComposer(env);
  if (modal?.kind !== 'compose-preview') return;
  if (env.readOnly) return flash(env, READ_ONLY_REASON, 'warning');
  const warnings = lintUpdate({ text: modal.text, kind: modal.updateKind, audience: modal.audience, now: env.incidents.now() });
  if (warnings.some((w) => w.rule === 'empty-text')) return flash(env, 'Nothing to post: e goes back to the editor', 'warning');
  const names = selectedTargets(modal);
  if (modal.targets.length === 0) return flash(env, 'No targets configured: add comms.targets to warroom.yaml', 'warning');
  if (names.length === 0) return flash(env, 'Tick at least one target (Space)', 'warning');
  if (warnings.length > 0 && !force) {
    return flash(env, `${warnings.length} lint warning${warnings.length === 1 ? '' : 's'}: e edits the text, P posts it as it is (recorded with the update)`, 'warning');
  }
  let targets;
  try {
    targets = selectTargets(env.loaded, names, { env: process.env, terminal: env.terminal });
  } catch (error) {
    return flashError(env, error);
  }
  step(env, { type: 'posting' });
  const overridden = force && warnings.length > 0 ? { overriddenWarnings: warnings.map((w) => w.rule) } : {};
  // An untouched template: if another console kept a typed draft meanwhile, posting leaves it.
  const fromTemplate = modal.source === 'template' && !modal.edited;
  const request = { incidentId: modal.incidentId, kind: modal.updateKind, audience: modal.audience, text: modal.text, targets, fromTemplate, ...overridden };
  void env.writes.track(publishUpdate(env.incidents, request)).then(
    (outcome) => {
      step(env, { type: 'posted', results: outcome.results });
      env.reload();
      const failed = outcome.results.filter((r) => !r.ok).length;
      if (failed === 0) flash(env, `Posted the ${modal.updateKind}/${modal.audience} update to ${names.join(', ')}`, 'success');
      else flash(env, `${failed} of ${outcome.results.length} targets failed; the text is kept as a draft (r retries)`, 'error');
    },
    (error: unknown) => {
      step(env, { type: 'post-failed', error: error instanceof Error ? error.message : String(error) });
      flashError(env, error);
    },
  );
}

export const composerCommands = {
  'compose.open': (env) => open(env),
  'compose.field-down': (env) => step(env, { type: 'field', delta: 1 }),
  'compose.field-up': (env) => step(env, { type: 'field', delta: -1 }),
  'compose.next-value': (env) => {
    const incident = selectIncident(env.store.getState());
    if (incident) step(env, { type: 'cycle', delta: 1, incident });
  },
  'compose.previous-value': (env) => {
    const incident = selectIncident(env.store.getState());
    if (incident) step(env, { type: 'cycle', delta: -1, incident });
  },
  'compose.write': (env) => write(env),
  'compose.close': (env) => close(env),
  'compose.preview': (env) => toPreview(env),
  'compose.leave': (env) => step(env, { type: 'ask-discard' }),
  'compose.keep': (env) => leave(env, false),
  'compose.discard': (env) => leave(env, true),
  'compose.resume': (env) => step(env, { type: 'back' }),
  'compose.post': (env) => post(env, false),
  'compose.force': (env) => post(env, true),
  'compose.target-down': (env) => step(env, { type: 'target-move', delta: 1 }),
  'compose.target-up': (env) => step(env, { type: 'target-move', delta: -1 }),
  'compose.target-toggle': (env) => step(env, { type: 'target-toggle' }),
  'compose.edit': (env) => step(env, { type: 'back' }),
  'compose.retry': (env) => {
    const modal = topComposer(env);
    if (modal?.kind !== 'compose-result' || !modal.results) return;
    // A retry may come long after the first try: the next-update time it promised may have passed.
    const { text, moved } = refreshed(env, modal, modal.text);
    step(env, { type: 'retry', text });
    if (moved.length > 0) flash(env, `Retrying${movedNote(moved)}`);
  },
  'compose.done': (env) => {
    // Closing while it posts would hide the results; they arrive in a moment.
    if (topComposer(env)?.results) close(env);
  },
} satisfies Record<string, CommandHandler>;
