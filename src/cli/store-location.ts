/** Where the event store lives: --store, WARROOM_STORE, config `store`, else .warroom/store.json beside the config. */
import { resolve } from 'node:path';
import { resolveConfigPath, type LoadedConfig } from '../config/load-config.js';

export const DEFAULT_STORE_RELATIVE = '.warroom/store.json';

/** Resolves the store file path for this invocation. */
export function resolveStorePath(explicit: string | undefined, env: NodeJS.ProcessEnv, cwd: string, loaded: LoadedConfig): string {
  if (explicit) return resolve(cwd, explicit);
  if (env['WARROOM_STORE']) return resolve(cwd, env['WARROOM_STORE']);
  return resolveConfigPath(loaded, loaded.config.store ?? DEFAULT_STORE_RELATIVE);
}
