/**
 * A cursor over one incident's stored events: the incident as it was after event k. Stepping
 * forward applies one event; stepping back or jumping starts from the nearest snapshot at or
 * before k, so no move refolds the whole log.
 */
import type { IncidentEvent } from '../events.js';
import { applyEvent, foldIncident } from '../fold.js';
import type { IncidentState } from '../incident-state.js';

/** Every SNAPSHOT_EVERY-th state is kept: a backward step refolds at most this many events. */
export const SNAPSHOT_EVERY = 128;

/** The events and their snapshots; shared, never changed, by every cursor over them. */
export interface ReplayTimeline {
  readonly events: readonly IncidentEvent[];
  /** snapshots[i] is the state after event i * SNAPSHOT_EVERY. */
  readonly snapshots: readonly IncidentState[];
}

export interface ReplayCursor {
  readonly timeline: ReplayTimeline;
  /** Index of the last event applied (0 = the declaration). */
  readonly index: number;
  /** The incident as it was right after events[index]. */
  readonly state: IncidentState;
}

/** What a replay console is opened on: the timeline read at start and how to begin. */
export interface ReplaySource {
  timeline: ReplayTimeline;
  /** Playback speed to start with (x). */
  speed: number;
  /** Where the cursor starts: an event index (default the declaration). */
  startAt?: number;
}

/** Folds the incident once, keeping a snapshot every SNAPSHOT_EVERY events; undefined when the log does not start with a declaration. */
export function createTimeline(events: readonly IncidentEvent[]): ReplayTimeline | undefined {
  let state = foldIncident(events.slice(0, 1));
  if (!state) return undefined;
  const snapshots: IncidentState[] = [state];
  for (let i = 1; i < events.length; i++) {
    // Between snapshots the events array is not needed; it is filled in when a state is shown.
    state = applyEvent({ ...state, events: [] }, events[i]!);
    if (i % SNAPSHOT_EVERY === 0) snapshots.push(withEvents(state, events, i));
  }
  return { events: [...events], snapshots };
}

function withEvents(state: IncidentState, events: readonly IncidentEvent[], index: number): IncidentState {
  return { ...state, events: events.slice(0, index + 1), lastEventAt: events[index]!.at };
}

/** The last event index, clamped into the timeline. */
function clamp(timeline: ReplayTimeline, index: number): number {
  return Math.max(0, Math.min(timeline.events.length - 1, Math.trunc(index)));
}

/** A cursor at event `index` (clamped). */
export function cursorAt(timeline: ReplayTimeline, index: number): ReplayCursor {
  const target = clamp(timeline, index);
  const base = Math.floor(target / SNAPSHOT_EVERY);
  let state = timeline.snapshots[base]!;
  for (let i = base * SNAPSHOT_EVERY + 1; i <= target; i++) state = applyEvent({ ...state, events: [] }, timeline.events[i]!);
  return { timeline, index: target, state: withEvents(state, timeline.events, target) };
}

/** One event later (the same cursor at the end). */
export function stepForward(cursor: ReplayCursor): ReplayCursor {
  const next = cursor.index + 1;
  if (next >= cursor.timeline.events.length) return cursor;
  return { timeline: cursor.timeline, index: next, state: applyEvent(cursor.state, cursor.timeline.events[next]!) };
}

/** One event earlier (the same cursor at the declaration). */
export function stepBack(cursor: ReplayCursor): ReplayCursor {
  return cursor.index === 0 ? cursor : cursorAt(cursor.timeline, cursor.index - 1);
}

/**
 * The cursor moved by `minutes` of incident time: forward, the last event at or before the
 * target time (at least one event on); backward, likewise (at least one event back).
 */
export function jumpMinutes(cursor: ReplayCursor, minutes: number): ReplayCursor {
  const { events } = cursor.timeline;
  const target = Date.parse(cursor.timeline.events[cursor.index]!.at) + minutes * 60_000;
  const lastAtOrBefore = lastIndexAtOrBefore(events, target);
  const index = minutes >= 0 ? Math.max(cursor.index + 1, lastAtOrBefore) : Math.min(cursor.index - 1, lastAtOrBefore);
  const clamped = clamp(cursor.timeline, index);
  return clamped === cursor.index ? cursor : clamped === cursor.index + 1 ? stepForward(cursor) : cursorAt(cursor.timeline, clamped);
}

/** A cursor at the last event at or before `time` (epoch ms); the declaration when `time` is earlier. */
export function cursorAtTime(timeline: ReplayTimeline, time: number): ReplayCursor {
  return cursorAt(timeline, Math.max(0, lastIndexAtOrBefore(timeline.events, time)));
}

/** Binary search over event times (the log is in append order, so times do not go backwards). */
function lastIndexAtOrBefore(events: readonly IncidentEvent[], time: number): number {
  let low = 0;
  let high = events.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (Date.parse(events[mid]!.at) <= time) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** The cursor's time: the "now" of the replayed view, in epoch milliseconds. */
export function cursorTime(cursor: ReplayCursor): number {
  return Date.parse(cursor.timeline.events[cursor.index]!.at);
}
