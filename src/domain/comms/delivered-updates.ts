/** Which posted updates actually reached someone: the cadence and the digest count only those. */
import type { IncidentEvent, UpdateAudience } from '../events.js';
import type { IncidentState, PostedUpdate } from '../incident-state.js';

/** Delivered when any target accepted it, or when it was recorded without targets (posted by hand). */
export function wasDelivered(update: Pick<PostedUpdate, 'targets'>): boolean {
  return update.targets.length === 0 || update.targets.some((t) => t.ok);
}

/** The most recent delivered update for an audience. */
export function lastDelivered(incident: Pick<IncidentState, 'updates'>, audience: UpdateAudience): PostedUpdate | undefined {
  return incident.updates.filter((u) => u.audience === audience && wasDelivered(u)).at(-1);
}

/** Index in `events` of the most recent delivered update.posted for an audience; -1 when none. */
export function lastDeliveredIndex(events: readonly IncidentEvent[], audience: UpdateAudience): number {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    if (event.type !== 'update.posted') continue;
    const data = event.data as IncidentEvent<'update.posted'>['data'];
    if (data.audience === audience && wasDelivered(data)) return i;
  }
  return -1;
}
