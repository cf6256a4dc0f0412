/** Moving the replay cursor: by event, by minutes, to either end; playback and its speed. */
import { cursorAt, cursorAtTime, jumpMinutes, stepBack, stepForward, type ReplayCursor } from '../../domain/replay/replay-cursor.js';
import { nextSpeed } from '../../domain/replay/replay-play.js';
import type { CommandEnv, CommandHandler } from './command-env.js';

/** Minutes of incident time that ] and [ move. */
const JUMP_MINUTES = 5;

function move(env: CommandEnv, to: (cursor: ReplayCursor) => ReplayCursor, options: { pause?: boolean } = {}): void {
  const replay = env.store.getState().replay;
  if (!replay) return;
  // A manual move while playing would fight the player; moving by hand pauses it.
  if (options.pause !== false && replay.playing) env.store.dispatch({ type: 'replay/play', playing: false });
  const next = to(replay.cursor);
  if (next === replay.cursor) {
    const atEnd = replay.cursor.index === 0 ? 'the first event (the declaration)' : 'the last event';
    env.store.dispatch({ type: 'flash/show', text: `already at ${atEnd}`, tone: 'info' });
    return;
  }
  env.store.dispatch({ type: 'replay/move', cursor: next });
}

function setSpeed(env: CommandEnv, direction: 1 | -1): void {
  const replay = env.store.getState().replay;
  if (!replay) return;
  const speed = nextSpeed(replay.speed, direction);
  env.store.dispatch({ type: 'replay/speed', speed });
  env.store.dispatch({ type: 'flash/show', text: `playing at ${speed}x`, tone: 'info' });
}

function togglePlay(env: CommandEnv): void {
  const replay = env.store.getState().replay;
  if (!replay) return;
  // Play from the start again when the end was reached.
  if (!replay.playing && replay.cursor.index === replay.cursor.timeline.events.length - 1) {
    env.store.dispatch({ type: 'replay/move', cursor: cursorAt(replay.cursor.timeline, 0) });
  }
  env.store.dispatch({ type: 'replay/play', playing: !replay.playing });
}

/** Enter in the minute prompt: jump to that minute after detection. */
export function submitReplayMinute(env: CommandEnv, text: string): void {
  const minutes = Number(text);
  if (text === '' || !Number.isFinite(minutes)) {
    env.store.dispatch({ type: 'flash/show', text: `"${text}" is not a number of minutes`, tone: 'warning' });
    return;
  }
  env.store.dispatch({ type: 'modal/close' });
  move(env, (cursor) => cursorAtTime(cursor.timeline, Date.parse(cursor.state.milestones.detected) + minutes * 60_000));
}

export const replayCommands = {
  'replay.next': (env) => move(env, stepForward),
  'replay.previous': (env) => move(env, stepBack),
  'replay.later': (env) => move(env, (c) => jumpMinutes(c, JUMP_MINUTES)),
  'replay.earlier': (env) => move(env, (c) => jumpMinutes(c, -JUMP_MINUTES)),
  'replay.first': (env) => move(env, (c) => cursorAt(c.timeline, 0)),
  'replay.last': (env) => move(env, (c) => cursorAt(c.timeline, c.timeline.events.length - 1)),
  'replay.jump': (env) => env.store.dispatch({ type: 'modal/open', modal: { kind: 'text', purpose: 'replay-minute', text: '', cursor: 0 } }),
  'replay.play': (env) => togglePlay(env),
  'replay.faster': (env) => setSpeed(env, 1),
  'replay.slower': (env) => setSpeed(env, -1),
} satisfies Record<string, CommandHandler>;

/** The player's step: one event on, pausing at the end. */
export function playStep(env: Pick<CommandEnv, 'store'>): void {
  const replay = env.store.getState().replay;
  if (!replay) return;
  const next = stepForward(replay.cursor);
  if (next === replay.cursor) {
    env.store.dispatch({ type: 'replay/play', playing: false });
    return;
  }
  env.store.dispatch({ type: 'replay/move', cursor: next });
}
