/** Playback timing and the replay header's wording. Pure: times come in as arguments. */
import { formatDuration } from '../durations.js';
import type { ReplayCursor } from './replay-cursor.js';

export const REPLAY_SPEEDS = [1, 10, 60, 600] as const;

/** Longest real wait between two events while playing, so an hour of silence does not stall the replay. */
export const MAX_PLAY_WAIT_MS = 2000;

/** Real milliseconds to wait before showing the event after the cursor, at `speed` x. */
export function playDelayMs(cursor: ReplayCursor, speed: number): number {
  const { events } = cursor.timeline;
  const next = events[cursor.index + 1];
  if (!next) return 0;
  const gap = Date.parse(next.at) - Date.parse(events[cursor.index]!.at);
  return Math.min(MAX_PLAY_WAIT_MS, Math.max(0, gap / Math.max(1, speed)));
}

/** The next speed up or down the ladder (stays at the ends). */
export function nextSpeed(speed: number, direction: 1 | -1): number {
  const at = REPLAY_SPEEDS.findIndex((s) => s >= speed);
  const index = Math.max(0, Math.min(REPLAY_SPEEDS.length - 1, (at < 0 ? REPLAY_SPEEDS.length - 1 : at) + direction));
  return REPLAY_SPEEDS[index]!;
}

/** "event 123/4567 · 03:14:07Z · +41m after detection" (before detection: "-5m before detection"). */
export function replayPosition(cursor: ReplayCursor): string {
  const event = cursor.timeline.events[cursor.index]!;
  const time = new Date(event.at).toISOString().slice(11, 19);
  const sinceDetection = Date.parse(event.at) - Date.parse(cursor.state.milestones.detected);
  const relative = sinceDetection >= 0 ? `+${formatDuration(sinceDetection)} after detection` : `-${formatDuration(-sinceDetection)} before detection`;
  return `event ${cursor.index + 1}/${cursor.timeline.events.length} · ${time}Z · ${relative}`;
}
