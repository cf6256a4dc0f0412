/**
 * The replay console rendered at 100x30: the header says REPLAY with the cursor event, its time
 * and how long after detection; the incident, its clocks and the timeline are as they were at
 * that event; stepping moves them; a writing key is refused with the replay's reason.
 */
import { describe, expect, it } from 'vitest';
import { assignRole, changeSeverity } from '../../../src/domain/incident-commands.js';
import { createTimeline, cursorAt } from '../../../src/domain/replay/replay-cursor.js';
import { REPLAY_REASON } from '../../../src/tui/keymap/resolve-key.js';
import { consoleFixtures } from '../../helpers/render-console.js';

const fixtures = consoleFixtures();
const T = Date.parse('2026-11-22T03:00:00.000Z');
const MINUTE = 60_000;

/** A SEV3 detected at T-5m and declared at T, raised to SEV1 at T+12m (which freezes deploys), an IC assigned at T+20m; replayed from the declaration. */
async function replayed() {
  const clock = { now: T };
  const harness = await fixtures.harness({ now: () => new Date(clock.now), readOnly: true, viewport: { columns: 100, rows: 30 } });
  const bob = harness.otherWriter('bob').incidents;
  await bob.declare({ title: 'Checkout returns 502', severity: 'SEV3', detectedAt: new Date(T - 5 * MINUTE).toISOString() });
  clock.now = T + 12 * MINUTE;
  await bob.record('INC-1', (incident) => changeSeverity(incident, 'SEV1', bob.loaded.policies, 'card payments failing'));
  clock.now = T + 20 * MINUTE;
  await bob.record('INC-1', (incident) => assignRole(incident, 'commander', 'carol'));
  await harness.settle();
  // From here on only the replay moves the incident on screen, as in `warroom replay`.
  harness.feed.close();
  const incident = harness.store.getState().data.incidents[0]!;
  harness.store.dispatch({ type: 'replay/start', cursor: cursorAt(createTimeline(incident.events)!, 0), speed: 60 });
  return { harness, view: fixtures.render(harness) };
}

describe('replay header', () => {
  it('shows REPLAY, the cursor event, its time and the time since detection; the view is as it was then', async () => {
    const { harness, view } = await replayed();
    const frame = await view.waitFor('REPLAY');
    const lines = frame.split('\n');
    expect(lines[0]).toContain('INC-1');
    expect(lines[0]).toContain('SEV3');
    expect(lines[1]).toContain('event 1/4 · 03:00:00Z · +5m 00s after detection');
    expect(lines[1]).toContain('paused (60x)');
    expect(lines[1]).toContain('INVESTIGATING');
    // The clocks count from the cursor's time, not the wall clock: five minutes since detection.
    expect(lines[2]).toContain('Elapsed 5m 00s');
    expect(lines[3]).toMatch(/IC none/);
    expect(frame).not.toContain('raised');

    harness.press('l');
    const second = await view.waitFor('event 2/4');
    expect(second.split('\n')[0]).toContain('SEV1');
    expect(second.split('\n')[1]).toContain('03:12:00Z · +17m 00s after detection');
    expect(second.split('\n')[2]).toContain('Elapsed 17m 00s');

    harness.press('l', 'l');
    const fourth = await view.waitFor('event 4/4');
    expect(fourth.split('\n')[3]).toContain('IC carol');

    harness.press('h', 'h', 'h');
    const back = await view.waitFor('event 1/4');
    expect(back.split('\n')[0]).toContain('SEV3');
    expect(back.split('\n')[3]).toMatch(/IC none/);
  });

  it('refuses a key that writes, saying a replay is read-only, and writes nothing', async () => {
    const { harness, view } = await replayed();
    await view.waitFor('REPLAY');
    harness.press('n');
    await view.waitFor(REPLAY_REASON.slice(0, 40));
    expect(harness.store.getState().ui.modals).toEqual([]);
    expect((await harness.env.incidents.store.read()).events).toHaveLength(4);
  });

  it('says so when the store changed after the replay read it', async () => {
    const { harness, view } = await replayed();
    await view.waitFor('REPLAY');
    harness.store.dispatch({ type: 'replay/store-changed' });
    const frame = await view.waitFor('(store changed since read)');
    expect(frame.split('\n')[1]).toContain('REPLAY  (store changed since read) event 1/4');
  });

  it('lists the replay keys first in the help', async () => {
    const { harness, view } = await replayed();
    await view.waitFor('REPLAY');
    harness.press('?');
    const help = await view.waitFor('Keys');
    const body = help.split('\n').slice(5);
    const replayAt = body.findIndex((line) => line.includes('Replay (warroom replay INCIDENT)'));
    expect(replayAt).toBeGreaterThanOrEqual(0);
    expect(replayAt).toBeLessThan(body.findIndex((line) => line.includes('Incident screen, any pane')));
    expect(help).toContain('Next event: the incident as it was right after it');
  });
});
