/**
 * The "Next update by 03:40 UTC" promise inside an update's text: found, placed on the clock
 * relative to `now`, and (for a kept draft sent later) moved forward when it has passed.
 * Only times labelled UTC (as the templates write them) are read: a bare "09:00" could be any zone.
 */
import { nextUpdateAfterPosting } from '../deadlines.js';
import type { UpdateAudience } from '../events.js';
import type { SeverityPolicy } from '../severity.js';
import { messageTimeNear } from './message-time.js';

/** A line that promises the next message. */
export const NEXT_UPDATE = /\b(next( \w+)? update|update (you )?again|further update|another update|next (status )?(post|message))\b/i;
const UTC_TIME = /\b(?:(\d{4}-\d{2}-\d{2})[ T])?([01]?\d|2[0-3]):([0-5]\d)\s*(?:UTC|GMT|Z)\b/g;
const MINUTE = 60_000;
const HALF_DAY = 12 * 3_600_000;

export interface NextUpdateTime {
  /** 1-based line of the text. */
  line: number;
  /** The time as written, e.g. "09:00 UTC". */
  excerpt: string;
  /** Offset of the excerpt in the whole text. */
  index: number;
  /** The moment it names: a time without a date is the occurrence nearest to `now`. */
  at: Date;
}

function placeOnClock(date: string | undefined, hours: number, minutes: number, now: Date): Date {
  if (date) return new Date(`${date}T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:00Z`);
  const sameDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hours, minutes);
  // 00:20 written at 23:50 means tomorrow; 23:50 read at 00:20 means yesterday.
  const nearest = [sameDay - 2 * HALF_DAY, sameDay, sameDay + 2 * HALF_DAY].find((ms) => Math.abs(ms - now.getTime()) <= HALF_DAY);
  return new Date(nearest ?? sameDay);
}

/** Every UTC time on a next-update line of `text`, placed on the clock relative to `now`. */
export function nextUpdateTimes(text: string, now: Date): NextUpdateTime[] {
  const found: NextUpdateTime[] = [];
  let offset = 0;
  text.split('\n').forEach((content, index) => {
    if (NEXT_UPDATE.test(content)) {
      for (const match of content.matchAll(UTC_TIME)) {
        const at = placeOnClock(match[1], Number(match[2]), Number(match[3]), now);
        found.push({ line: index + 1, excerpt: match[0], index: offset + match.index, at });
      }
    }
    offset += content.length + 1;
  });
  return found;
}

/** Whether the named minute is over (times are written to the minute, so 03:40 holds until 03:41). */
export function isPast(time: Pick<NextUpdateTime, 'at'>, now: Date): boolean {
  return time.at.getTime() + MINUTE <= now.getTime();
}

export interface RefreshedText {
  text: string;
  /** The times replaced, as written, and what replaced them. */
  moved: { from: string; to: string }[];
}

/** Replaces next-update times that have passed with `replacement` (e.g. "17:06 UTC"); other text stays as typed. */
export function refreshPastNextUpdate(text: string, now: Date, replacement: string): RefreshedText {
  const past = nextUpdateTimes(text, now).filter((t) => isPast(t, now));
  let out = text;
  // From the end, so earlier offsets stay valid.
  for (const time of [...past].reverse()) out = out.slice(0, time.index) + replacement + out.slice(time.index + time.excerpt.length);
  return { text: out, moved: past.map((t) => ({ from: t.excerpt, to: replacement })) };
}

/** When the next update is due if this one goes out at `now`, as an update prints it ("03:40 UTC"). */
export function nextUpdateAtText(policy: SeverityPolicy, audience: UpdateAudience, now: Date): string {
  return messageTimeNear(nextUpdateAfterPosting(policy, audience, now).toISOString(), now.toISOString());
}

/** A kept draft about to be offered or sent again: a next-update time that has passed moves to the cadence's next one. */
export function refreshKeptDraft(text: string, policy: SeverityPolicy, audience: UpdateAudience, now: Date): RefreshedText {
  return refreshPastNextUpdate(text, now, nextUpdateAtText(policy, audience, now));
}
