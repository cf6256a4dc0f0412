/** The console's React root: providers only. */
import { CommandEnvContext } from './commands/command-env-context.js';
import type { CommandEnv } from './commands/command-env.js';
import { ConsoleRoot } from './components/ConsoleRoot.js';
import { ConsoleStoreContext, type ConsoleStore } from './state/console-store.js';

/** Wires the store and the command environment around the screen. */
export function App({ store, env }: { store: ConsoleStore; env: CommandEnv }) {
  return (
    <ConsoleStoreContext.Provider value={store}>
      <CommandEnvContext.Provider value={env}>
        <ConsoleRoot />
      </CommandEnvContext.Provider>
    </ConsoleStoreContext.Provider>
  );
}
