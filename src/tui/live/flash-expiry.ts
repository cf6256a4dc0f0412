/** Clears each flash message after a while; errors stay longer than confirmations. */
import type { FlashTone } from '../state/console-state.js';
import type { ConsoleStore } from '../state/console-store.js';

const SHOWN_FOR_MS: Record<FlashTone, number> = { info: 4000, success: 4000, warning: 6000, error: 10000 };

export interface FlashExpiry {
  stop(): void;
}

/** Watches the store and expires the current flash when its time is up. */
export function startFlashExpiry(store: ConsoleStore): FlashExpiry {
  let timer: NodeJS.Timeout | undefined;
  let current: number | undefined;
  const unsubscribe = store.subscribe(() => {
    const flash = store.getState().ui.flash;
    if (flash?.id === current) return;
    current = flash?.id;
    clearTimeout(timer);
    if (flash) timer = setTimeout(() => store.dispatch({ type: 'flash/expire', id: flash.id }), SHOWN_FOR_MS[flash.tone]);
  });
  return {
    stop() {
      unsubscribe();
      clearTimeout(timer);
    },
  };
}
