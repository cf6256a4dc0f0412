/**
 * Plays a replay: while playing, shows the next event after the real time the recorded gap takes
 * at the chosen speed (long gaps shortened). Only the cursor moves; nothing is read or written.
 */
import { playDelayMs } from '../../domain/replay/replay-play.js';
import { playStep } from '../commands/replay-commands.js';
import type { ConsoleStore } from '../state/console-store.js';
import type { ReplayState } from '../state/replay-state.js';

export interface ReplayPlayer {
  stop(): void;
}

/** Watches the replay slice and schedules the next step whenever playback, cursor or speed change. */
export function startReplayPlayer(store: ConsoleStore): ReplayPlayer {
  let timer: NodeJS.Timeout | undefined;
  let seen: ReplayState | undefined;
  const unsubscribe = store.subscribe(() => {
    const replay = store.getState().replay;
    if (replay === seen) return;
    seen = replay;
    clearTimeout(timer);
    timer = undefined;
    if (replay?.playing) timer = setTimeout(() => playStep({ store }), playDelayMs(replay.cursor, replay.speed));
  });
  return {
    stop() {
      unsubscribe();
      clearTimeout(timer);
    },
  };
}
