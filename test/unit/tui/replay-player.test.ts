/** Playback moves the replay cursor at the recorded pace times the speed, and stops at the last event. */
import { afterEach, describe, expect, it } from 'vitest';
import { createTimeline, cursorAt } from '../../../src/domain/replay/replay-cursor.js';
import { startReplayPlayer, type ReplayPlayer } from '../../../src/tui/live/replay-player.js';
import { initialConsoleState } from '../../../src/tui/state/console-state.js';
import { createConsoleStore } from '../../../src/tui/state/console-store.js';
import { eventLog } from '../../helpers/event-log.js';

let player: ReplayPlayer | undefined;
afterEach(() => player?.stop());

/** Four events a minute apart: at 600x each next event comes 100 ms after the one before. */
function replayStore() {
  const log = eventLog('INC-1', '2026-03-01T03:00:00Z').add('incident.declared', { title: 'Checkout 502', severity: 'SEV2', detectedAt: '2026-03-01T03:00:00Z' }, 0);
  for (let minute = 1; minute <= 3; minute++) log.add('note.added', { text: `minute ${minute}` }, minute);
  const store = createConsoleStore(initialConsoleState({ now: 0, viewport: { columns: 80, rows: 24 } }));
  store.dispatch({ type: 'replay/start', cursor: cursorAt(createTimeline(log.events)!, 0), speed: 600 });
  return store;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('replay player', () => {
  it('steps at the recorded pace divided by the speed and pauses at the end; the clock follows the cursor', async () => {
    const store = replayStore();
    player = startReplayPlayer(store);
    const started = Date.now();
    store.dispatch({ type: 'replay/play', playing: true });
    await until(() => store.getState().replay?.playing === false, 3000);
    const elapsed = Date.now() - started;
    expect(store.getState().replay?.cursor.index).toBe(3);
    // Three gaps of 100 ms each; not instantly, and not at the recorded (minute) pace.
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(1500);
    expect(store.getState().now).toBe(Date.parse('2026-03-01T03:03:00Z'));
    expect(store.getState().data.incidents[0]!.events).toHaveLength(4);
  });

  it('does nothing while paused', async () => {
    const store = replayStore();
    player = startReplayPlayer(store);
    store.dispatch({ type: 'replay/speed', speed: 10 });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(store.getState().replay?.cursor.index).toBe(0);
  });
});
