/**
 * A note being typed when the console goes away (SSH dropped, terminal closed) is kept as a draft
 * in the store, and offered again the next time its author opens a note on that incident.
 */
import type { EventStore } from '../../store/event-store.js';
import type { ConsoleState } from '../state/console-state.js';
import type { CommandEnv } from './command-env.js';

/** One draft per incident and author, so two responders never see each other's half-notes. */
export function noteDraftKey(incidentId: string, actor: string): string {
  return `note:${incidentId}:${actor}`;
}

/** Saves the note on screen, if one is being typed; used on the way out. */
export async function keepUnsentNote(state: ConsoleState, store: EventStore, readOnly: boolean): Promise<void> {
  const top = state.ui.modals.at(-1);
  const incidentId = state.ui.incidentId;
  if (readOnly || !incidentId || top?.kind !== 'text' || top.purpose !== 'note' || !top.text.trim()) return;
  await store.saveDraft(noteDraftKey(incidentId, store.actor), top.text);
}

/** Fills the note dialog just opened with this author's draft, if there is one and nothing is typed yet. */
export async function restoreUnsentNote(env: CommandEnv, incidentId: string): Promise<void> {
  const draft = (await env.incidents.store.read()).drafts[noteDraftKey(incidentId, env.actor)];
  const top = env.store.getState().ui.modals.at(-1);
  if (!draft || top?.kind !== 'text' || top.purpose !== 'note' || top.text !== '') return;
  env.store.dispatch({ type: 'modal/replace', modal: { ...top, text: draft.text, cursor: draft.text.length, fromDraft: true } });
  env.store.dispatch({ type: 'flash/show', text: `Restored the note you had not saved (${draft.savedAt.slice(11, 19)}Z); Esc discards it`, tone: 'info' });
}

/** Forgets the draft once the note is on the timeline (or deliberately discarded). */
export function discardUnsentNote(env: CommandEnv, incidentId: string): void {
  void env.writes.track(env.incidents.store.saveDraft(noteDraftKey(incidentId, env.actor), null)).catch(() => undefined);
}
