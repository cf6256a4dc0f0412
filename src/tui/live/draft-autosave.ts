/**
 * Saves the update being written as a draft in the store a moment after typing stops, so a
 * crash, a kill -9 or a dropped connection loses at most the last second of it.
 */
import { isComposer, type ComposerModal } from '../state/composer-flow.js';
import type { ConsoleStore } from '../state/console-store.js';

export const AUTOSAVE_DELAY_MS = 1000;

export interface DraftAutosave {
  stop(): void;
}

/** The composer being typed into, when its text is worth keeping. */
function editing(store: ConsoleStore): ComposerModal | undefined {
  const composer = store.getState().ui.modals.findLast(isComposer);
  return composer?.kind === 'compose-edit' && composer.edited ? composer : undefined;
}

/** Watches the editor; `save` is called with the composer once its text has been still for `delayMs`. */
export function startDraftAutosave(options: { store: ConsoleStore; save: (composer: ComposerModal) => Promise<void>; delayMs?: number }): DraftAutosave {
  const { store, save, delayMs = AUTOSAVE_DELAY_MS } = options;
  let timer: NodeJS.Timeout | undefined;
  let scheduledText: string | undefined;
  let savedText: string | undefined;
  const unsubscribe = store.subscribe(() => {
    const composer = editing(store);
    if (!composer) {
      // Posting, previewing or leaving saves on its own; a late autosave must not bring back a posted draft.
      clearTimeout(timer);
      scheduledText = undefined;
      return;
    }
    if (composer.text === scheduledText || composer.text === savedText) return;
    scheduledText = composer.text;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const current = editing(store);
      scheduledText = undefined;
      if (!current) return;
      savedText = current.text;
      void save(current).catch(() => {
        savedText = undefined;
      });
    }, delayMs);
    timer.unref();
  });
  return {
    stop() {
      unsubscribe();
      clearTimeout(timer);
    },
  };
}
