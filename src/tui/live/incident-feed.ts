/**
 * Keeps the console's incidents equal to the event log: reads it at start and again whenever the
 * store file changes, whoever wrote it (this console, another one, the CLI).
 */
import type { IncidentService } from '../../incidents/incident-service.js';
import { watchStoreFile, type StoreWatcher } from '../../store/watch-store.js';
import type { ConsoleAction } from '../state/console-state.js';

export interface IncidentFeed {
  /** Reads the log now; overlapping requests collapse into one extra read. */
  reload(): void;
  /** Resolves when no read is in flight. */
  idle(): Promise<void>;
  close(): void;
}

export interface IncidentFeedOptions {
  incidents: IncidentService;
  dispatch: (action: ConsoleAction) => void;
  /** Injected for tests; defaults to the store's file watcher. */
  watch?: (path: string, onChange: () => void) => StoreWatcher;
}

/** Starts reading and watching; the first read begins immediately. */
export function startIncidentFeed({ incidents, dispatch, watch = watchStoreFile }: IncidentFeedOptions): IncidentFeed {
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;

  const readOnce = async () => {
    try {
      const all = await incidents.incidents();
      if (!closed) dispatch({ type: 'data/loaded', incidents: all });
    } catch (error) {
      // A store that cannot be read (mid-repair, bad JSON) keeps the last good view on screen.
      if (!closed) dispatch({ type: 'data/failed', error: error instanceof Error ? error.message : String(error) });
    }
  };
  const reload = () => {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await readOnce();
      } while (again && !closed);
      running = undefined;
    })();
  };

  const watcher = watch(incidents.store.path, reload);
  reload();
  return {
    reload,
    idle: async () => {
      while (running) await running;
    },
    close() {
      closed = true;
      watcher.close();
    },
  };
}
