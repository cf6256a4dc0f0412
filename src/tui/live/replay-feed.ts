/**
 * The incident feed of a replay console: the incident comes from the snapshot of the log read at
 * start, moved by the replay cursor, never from the live store. The store is still watched, only
 * to say in the header that it has changed since.
 */
import { cursorAt, type ReplaySource } from '../../domain/replay/replay-cursor.js';
import { watchStoreFile, type StoreWatcher } from '../../store/watch-store.js';
import type { ConsoleStore } from '../state/console-store.js';
import type { IncidentFeed } from './incident-feed.js';
import { startReplayPlayer } from './replay-player.js';

/** Puts the cursor at its start, starts the player and the store watch; `reload` is a no-op. */
export function startReplayFeed(options: { store: ConsoleStore; storePath: string; source: ReplaySource; watch?: (path: string, onChange: () => void) => StoreWatcher }): IncidentFeed {
  const { store, source } = options;
  store.dispatch({ type: 'replay/start', cursor: cursorAt(source.timeline, source.startAt ?? 0), speed: source.speed });
  const player = startReplayPlayer(store);
  const watcher = (options.watch ?? watchStoreFile)(options.storePath, () => store.dispatch({ type: 'replay/store-changed' }));
  return {
    reload: () => undefined,
    idle: () => Promise.resolve(),
    close() {
      player.stop();
      watcher.close();
    },
  };
}
