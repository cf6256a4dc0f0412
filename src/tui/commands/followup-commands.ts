/** Commands of the follow-up list (F): move, add (four prefilled fields), close the selected item. */
import { addFollowup, closeFollowup } from '../../domain/followups.js';
import { followupsInOrder } from '../presentation/followups-view.js';
import { followupDefaults, submitFollowupStep, type FollowupDraft, type FollowupStep } from '../state/followup-draft.js';
import { selectIncident } from '../state/selectors.js';
import type { CommandEnv, CommandHandler } from './command-env.js';
import { recordOnOpenIncident } from './perform-write.js';

function listModal(env: CommandEnv) {
  const top = env.store.getState().ui.modals.at(-1);
  return top?.kind === 'followups' ? top : undefined;
}

function move(env: CommandEnv, delta: number): void {
  const modal = listModal(env);
  const count = selectIncident(env.store.getState())?.followups.length ?? 0;
  if (!modal || count === 0) return;
  env.store.dispatch({ type: 'modal/replace', modal: { ...modal, index: (modal.index + delta + count) % count } });
}

function askStep(env: CommandEnv, step: FollowupStep, draft: FollowupDraft, replace: boolean): void {
  const text = step === 'text' ? draft.text : draft[step];
  const modal = { kind: 'text' as const, purpose: 'followup' as const, step, draft, text, cursor: text.length };
  env.store.dispatch(replace ? { type: 'modal/replace', modal } : { type: 'modal/open', modal });
}

/** Enter in one of the follow-up fields: on to the next, or record it (the list stays open underneath). */
export function submitFollowupField(env: CommandEnv, step: FollowupStep, draft: FollowupDraft, typed: string): void {
  const now = env.incidents.now();
  const result = submitFollowupStep(step, typed, draft, now);
  if (result.kind === 'invalid') return void env.store.dispatch({ type: 'flash/show', text: result.message, tone: 'warning' });
  if (result.kind === 'next') return askStep(env, result.step, result.draft, true);
  env.store.dispatch({ type: 'modal/close' });
  void recordOnOpenIncident(env, (incident) => addFollowup(incident, result.input, now), `Follow-up added: ${result.input.text}`);
}

function closeSelected(env: CommandEnv): void {
  const modal = listModal(env);
  const selected = followupsInOrder(selectIncident(env.store.getState())?.followups ?? [])[modal?.index ?? 0];
  if (!modal || !selected) return;
  if (selected.closedAt) return void env.store.dispatch({ type: 'flash/show', text: `${selected.id} is already closed`, tone: 'info' });
  void recordOnOpenIncident(env, (incident) => closeFollowup(incident, selected.id), `${selected.id} closed`);
}

export const followupCommands = {
  'followups.open': (env) => {
    if (!selectIncident(env.store.getState())) return void env.store.dispatch({ type: 'flash/show', text: 'no incident is open', tone: 'warning' });
    env.store.dispatch({ type: 'modal/open', modal: { kind: 'followups', index: 0 } });
  },
  'followups.down': (env) => move(env, 1),
  'followups.up': (env) => move(env, -1),
  'followups.add': (env) => askStep(env, 'text', followupDefaults(env.actor, env.incidents.now()), false),
  'followups.close': (env) => closeSelected(env),
  'followups.cancel': (env) => env.store.dispatch({ type: 'modal/close' }),
} satisfies Record<string, CommandHandler>;
