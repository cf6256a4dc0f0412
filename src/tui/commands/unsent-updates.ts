/**
 * A status update being written when the console goes away (quit from another dialog, SSH
 * dropped, signal) is kept as the draft for its incident, kind and audience, and the composer
 * offers it again on the next `c`.
 */
import { keepDraft } from '../../comms/update-drafts.js';
import type { EventStore } from '../../store/event-store.js';
import { isComposer } from '../state/composer-flow.js';
import type { ConsoleState } from '../state/console-state.js';

/** Saves the composer's text if it was typed into and not posted; used on the way out. */
export async function keepUnsentUpdate(state: ConsoleState, store: EventStore, readOnly: boolean): Promise<void> {
  const composer = state.ui.modals.findLast(isComposer);
  // Once posting started the publisher has kept (or, delivered, discarded) the text itself.
  if (readOnly || !composer || composer.kind === 'compose-result' || !composer.edited || !composer.text.trim()) return;
  await keepDraft(store, composer.incidentId, composer.updateKind, composer.audience, composer.text);
}
