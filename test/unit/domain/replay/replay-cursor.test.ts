/** The replay cursor shows, at every position, exactly the fold of the events up to it, however it got there. */
import { describe, expect, it } from 'vitest';
import { foldIncident } from '../../../../src/domain/fold.js';
import { SNAPSHOT_EVERY, createTimeline, cursorAt, cursorTime, jumpMinutes, stepBack, stepForward, type ReplayCursor } from '../../../../src/domain/replay/replay-cursor.js';
import { MAX_PLAY_WAIT_MS, nextSpeed, playDelayMs, replayPosition } from '../../../../src/domain/replay/replay-play.js';
import { eventLog } from '../../../helpers/event-log.js';

const SEVERITIES = ['SEV1', 'SEV2', 'SEV3'] as const;

/** A log long enough to cross several snapshots, mixing the events that change what is shown. */
function longLog(count: number) {
  const log = eventLog('INC-1', '2026-03-01T03:00:00Z').add('incident.declared', { title: 'Checkout 502', severity: 'SEV2', detectedAt: '2026-03-01T02:55:00Z' }, 0);
  for (let i = 1; i < count; i++) {
    const minutes = i / 2;
    if (i % 7 === 0) log.add('severity.changed', { from: SEVERITIES[i % 3]!, to: SEVERITIES[(i + 1) % 3]! }, minutes);
    else if (i % 5 === 0) log.add('role.assigned', { role: 'commander', name: `ic-${i}` }, minutes);
    else if (i % 3 === 0) log.add('check.finished', { name: `check-${i % 4}`, status: i % 2 ? 'CRITICAL' : 'OK', summary: `run ${i}`, durationMs: 10 }, minutes);
    else log.add('note.added', { text: `note ${i}` }, minutes);
  }
  return log.events;
}

const events = longLog(SNAPSHOT_EVERY * 3 + 17);
const timeline = createTimeline(events)!;
const expectAtFold = (cursor: ReplayCursor) => expect(cursor.state).toEqual(foldIncident(events.slice(0, cursor.index + 1)));

describe('replay cursor', () => {
  it('equals the fold of events 0..k after stepping forward from the start, at every k', () => {
    let cursor = cursorAt(timeline, 0);
    expectAtFold(cursor);
    for (let k = 1; k < events.length; k++) {
      cursor = stepForward(cursor);
      expect(cursor.index).toBe(k);
      if (k % 13 === 0 || k === events.length - 1) expectAtFold(cursor);
    }
    expect(stepForward(cursor)).toBe(cursor);
  });

  it('equals the fold after stepping back across snapshot boundaries, and stops at the declaration', () => {
    let cursor = cursorAt(timeline, SNAPSHOT_EVERY * 2 + 1);
    for (let i = 0; i < SNAPSHOT_EVERY + 3; i++) {
      cursor = stepBack(cursor);
      expectAtFold(cursor);
    }
    expect(stepBack(cursorAt(timeline, 0)).index).toBe(0);
  });

  it('jumps by minutes of incident time to the last event at or before the target, clamped at the ends', () => {
    const start = cursorAt(timeline, 100);
    const later = jumpMinutes(start, 5);
    // Events are half a minute apart: five minutes is ten events.
    expect(later.index).toBe(110);
    expectAtFold(later);
    expect(cursorTime(later) - cursorTime(start)).toBe(5 * 60_000);
    expect(jumpMinutes(start, -5).index).toBe(90);
    expect(jumpMinutes(start, 10_000).index).toBe(events.length - 1);
    expect(jumpMinutes(start, -10_000).index).toBe(0);
    expectAtFold(jumpMinutes(start, -10_000));
  });

  it('clamps positions outside the log', () => {
    expect(cursorAt(timeline, -3).index).toBe(0);
    expect(cursorAt(timeline, 1e9).index).toBe(events.length - 1);
  });

  it('has no timeline for a log that does not start with a declaration', () => {
    expect(createTimeline(events.slice(1))).toBeUndefined();
  });
});

describe('replay playback and wording', () => {
  it('waits the real gap divided by the speed, capped for long silences', () => {
    const log = eventLog('INC-2', '2026-03-01T03:00:00Z').add('incident.declared', { title: 't', severity: 'SEV3', detectedAt: '2026-03-01T03:00:00Z' }, 0).add('note.added', { text: 'a' }, 1).add('note.added', { text: 'b' }, 181);
    const cursor = cursorAt(createTimeline(log.events)!, 0);
    expect(playDelayMs(cursor, 60)).toBe(1000);
    expect(playDelayMs(cursor, 600)).toBe(100);
    expect(playDelayMs(stepForward(cursor), 1)).toBe(MAX_PLAY_WAIT_MS);
    expect(playDelayMs(stepForward(stepForward(cursor)), 1)).toBe(0);
  });

  it('climbs the speed ladder and stays at its ends', () => {
    expect(nextSpeed(1, 1)).toBe(10);
    expect(nextSpeed(60, 1)).toBe(600);
    expect(nextSpeed(600, 1)).toBe(600);
    expect(nextSpeed(10, -1)).toBe(1);
    expect(nextSpeed(1, -1)).toBe(1);
  });

  it('says which event, when and how long after detection', () => {
    expect(replayPosition(cursorAt(timeline, 82))).toBe(`event 83/${events.length} · 03:41:00Z · +46m 00s after detection`);
  });
});
