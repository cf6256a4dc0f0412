/**
 * The replay slice: a cursor over a stored incident's events, the playback and whether the store
 * changed since it was read. The incident on screen and the console's "now" follow the cursor, so
 * the same panes and header show the incident as it was at that event.
 */
import { cursorTime, type ReplayCursor } from '../../domain/replay/replay-cursor.js';
import type { ConsoleState } from './console-state.js';
import { reduceUi } from './ui-reducer.js';

export interface ReplayState {
  cursor: ReplayCursor;
  playing: boolean;
  /** Playback speed: incident seconds per real second. */
  speed: number;
  /** The live store was written after the replayed snapshot was read. */
  storeChanged: boolean;
}

export type ReplayAction =
  | { type: 'replay/start'; cursor: ReplayCursor; speed: number }
  | { type: 'replay/move'; cursor: ReplayCursor }
  | { type: 'replay/play'; playing: boolean }
  | { type: 'replay/speed'; speed: number }
  | { type: 'replay/store-changed' };

/** Whether an action belongs to the replay slice. */
export function isReplayAction(action: { type: string }): action is ReplayAction {
  return action.type.startsWith('replay/');
}

function nextReplay(replay: ReplayState | undefined, action: ReplayAction): ReplayState | undefined {
  if (action.type === 'replay/start') return { cursor: action.cursor, playing: false, speed: action.speed, storeChanged: false };
  if (!replay) return undefined;
  switch (action.type) {
    case 'replay/move':
      return action.cursor === replay.cursor ? replay : { ...replay, cursor: action.cursor };
    case 'replay/play':
      return action.playing === replay.playing ? replay : { ...replay, playing: action.playing };
    case 'replay/speed':
      return action.speed === replay.speed ? replay : { ...replay, speed: action.speed };
    case 'replay/store-changed':
      return replay.storeChanged ? replay : { ...replay, storeChanged: true };
  }
}

/** Applies a replay action; the shown incident and the clock move with the cursor. */
export function reduceReplay(state: ConsoleState, action: ReplayAction): ConsoleState {
  const replay = nextReplay(state.replay, action);
  if (replay === state.replay) return state;
  if (!replay) return state;
  if (replay.cursor === state.replay?.cursor) return { ...state, replay };
  const incidentId = replay.cursor.state.id;
  // A replay shows its one incident; starting it opens that incident's screen.
  const ui = state.ui.screen === 'incident' && state.ui.incidentId === incidentId ? state.ui : reduceUi(state.ui, { type: 'incident/open', incidentId });
  return {
    ...state,
    ui,
    replay,
    data: { phase: 'ready', incidents: [replay.cursor.state], loadError: undefined },
    now: cursorTime(replay.cursor),
  };
}
