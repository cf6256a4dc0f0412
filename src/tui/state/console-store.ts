/** The console's one external store, and the React hooks that read it. */
import { createContext, useContext, useSyncExternalStore } from 'react';
import { createStore, type Store } from './create-store.js';
import { reduceConsole } from './console-reducer.js';
import type { ConsoleAction, ConsoleState } from './console-state.js';

export type ConsoleStore = Store<ConsoleState, ConsoleAction>;

/** Creates the store with the console's root reducer. */
export function createConsoleStore(initial: ConsoleState): ConsoleStore {
  return createStore(reduceConsole, initial);
}

export const ConsoleStoreContext = createContext<ConsoleStore | undefined>(undefined);

/** The store from the nearest provider. */
export function useConsoleStore(): ConsoleStore {
  const store = useContext(ConsoleStoreContext);
  if (!store) throw new Error('ConsoleStoreContext is missing: render inside <App>');
  return store;
}

/** Subscribes to one slice; re-renders only when the selector's result changes identity. */
export function useConsoleState<T>(selector: (state: ConsoleState) => T): T {
  const store = useConsoleStore();
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
}
