/** Everything a command needs, built once from the global options. */
import { loadConfig, type LoadedConfig } from '../config/load-config.js';
import { IncidentService } from '../incidents/incident-service.js';
import { EventStore } from '../store/event-store.js';
import { resolveActor } from './identity.js';
import { writeLine } from './output-line.js';
import { resolveStorePath } from './store-location.js';

export interface GlobalOptions {
  config?: string;
  store?: string;
  actor?: string;
  incident?: string;
}

export interface CliContext {
  loaded: LoadedConfig;
  store: EventStore;
  incidents: IncidentService;
  actor: string;
  /** --incident ID; undefined means the most recently declared open incident. */
  incidentId: string | undefined;
  now: () => Date;
  out: (line: string) => void;
  err: (line: string) => void;
  isTTY: boolean;
}

/** Loads config and opens the store for one CLI invocation. */
export async function createContext(globals: GlobalOptions, env: NodeJS.ProcessEnv = process.env): Promise<CliContext> {
  const cwd = process.cwd();
  const loaded = await loadConfig({ explicit: globals.config, cwd, env });
  const actor = resolveActor(globals.actor, env);
  const now = () => new Date();
  const store = new EventStore({ path: resolveStorePath(globals.store, env, cwd, loaded), actor, now });
  return {
    loaded,
    store,
    incidents: new IncidentService(store, loaded, now),
    actor,
    incidentId: globals.incident,
    now,
    out: (line) => writeLine(process.stdout, line),
    err: (line) => writeLine(process.stderr, line),
    isTTY: Boolean(process.stdout.isTTY && process.stdin.isTTY),
  };
}
