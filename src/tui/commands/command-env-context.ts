/** React access to the command environment (services and session controls) for the dispatcher and dialogs. */
import { createContext, useContext } from 'react';
import type { CommandEnv } from './command-env.js';

export const CommandEnvContext = createContext<CommandEnv | undefined>(undefined);

/** The command environment from the nearest provider. */
export function useCommandEnv(): CommandEnv {
  const env = useContext(CommandEnvContext);
  if (!env) throw new Error('CommandEnvContext is missing: render inside <App>');
  return env;
}
