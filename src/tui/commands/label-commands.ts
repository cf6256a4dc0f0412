/**
 * Root cause (C) and tags (t) from the console: the text field opens with the current value,
 * Enter records the change as `incident.edited`. Works on a resolved incident, where the root
 * cause is usually found.
 */
import { editIncident, replaceTags } from '../../domain/incident-edits.js';
import { parseTags, sameTags } from '../../domain/tags.js';
import type { TextModal } from '../state/console-state.js';
import { selectIncident } from '../state/selectors.js';
import type { CommandEnv, CommandHandler } from './command-env.js';
import { recordOnOpenIncident } from './perform-write.js';

type LabelModal = Extract<TextModal, { purpose: 'root-cause' | 'tags' }>;

function open(env: CommandEnv, purpose: LabelModal['purpose']): void {
  const incident = selectIncident(env.store.getState());
  if (!incident) return void env.store.dispatch({ type: 'flash/show', text: 'no incident is open', tone: 'warning' });
  const text = purpose === 'tags' ? incident.tags.join(', ') : incident.rootCause;
  env.store.dispatch({ type: 'modal/open', modal: { kind: 'text', purpose, text, cursor: text.length } });
}

function unchanged(modal: LabelModal, incident: { tags: string[]; rootCause: string }): boolean {
  if (modal.purpose === 'root-cause') return modal.text.trim() === incident.rootCause;
  try {
    return sameTags(parseTags([modal.text]), incident.tags);
  } catch {
    return false; // Recording it says what is wrong with the tag.
  }
}

/** Enter in the root-cause or tags field: unchanged closes quietly; a refused value reopens the field with the text. */
export function submitLabel(env: CommandEnv, modal: LabelModal): void {
  const incident = selectIncident(env.store.getState());
  env.store.dispatch({ type: 'modal/close' });
  if (incident && unchanged(modal, incident)) return void env.store.dispatch({ type: 'flash/show', text: 'Unchanged', tone: 'info' });
  const written =
    modal.purpose === 'tags'
      ? recordOnOpenIncident(env, (i) => replaceTags(i, modal.text), 'Tags saved; the next export and `warroom stats` use them')
      : recordOnOpenIncident(env, (i) => editIncident(i, { rootCause: modal.text }, env.incidents.now()), 'Root cause saved; the next postmortem export starts from it');
  void written.then((ok) => {
    if (!ok) env.store.dispatch({ type: 'modal/open', modal });
  });
}

export const labelCommands = {
  'labels.root-cause': (env) => open(env, 'root-cause'),
  'labels.tags': (env) => open(env, 'tags'),
} satisfies Record<string, CommandHandler>;
