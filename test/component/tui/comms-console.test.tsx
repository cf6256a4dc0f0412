/**
 * Status updates in the rendered console at 80x24: the composer's preview with lint warnings,
 * the header's update countdown (normal, overdue) driven by an injected clock through the
 * console's own state, the bell once per overdue deadline, the breach countdown, read-only.
 */
import { describe, expect, it } from 'vitest';
import { startDeadlineBell } from '../../../src/tui/live/deadline-bell.js';
import type { HarnessOptions } from '../../helpers/console-harness.js';
import { consoleFixtures } from '../../helpers/render-console.js';

const fixtures = consoleFixtures();
const T = Date.parse('2026-11-22T03:00:00.000Z');
const MINUTE = 60_000;
const TARGETS_YAML = `comms:
  targets:
    - { name: log, type: file, path: status-log.md }
    - { name: clip, type: clipboard }
  defaultTargets:
    customer: [log, clip]
    internal: [log]
`;

/** A console whose clock reads `clock.now`; a SEV1 declared (and detected) at T by bob. */
async function sev1AtT(options: HarnessOptions = {}) {
  const clock = { now: T };
  const harness = await fixtures.harness({ now: () => new Date(clock.now), configYaml: TARGETS_YAML, ...options });
  await harness.otherWriter('bob').incidents.declare({ title: 'Checkout returns 502', severity: 'SEV1', detectedAt: new Date(T).toISOString() });
  await harness.settle();
  harness.press('enter');
  /** Moves the console's clock: the same action its one-second timer dispatches. */
  const tick = (ms: number) => {
    clock.now = T + ms;
    harness.store.dispatch({ type: 'clock/tick', now: clock.now });
  };
  return { harness, tick, view: fixtures.render(harness) };
}

describe('update deadlines in the header', () => {
  it('a SEV1 declared at T shows the first public update due at T+15m, overdue at T+16m, and rings the bell once', async () => {
    const { harness, tick, view } = await sev1AtT();
    let rings = 0;
    const bell = startDeadlineBell({ store: harness.store, loaded: harness.env.loaded, ring: () => rings++ });
    try {
      tick(10 * MINUTE);
      const normal = await view.waitFor('First public update in 5m 00s');
      expect(normal.split('\n')[2]).toBe('Elapsed 10m 00s   Mitigate OVERDUE 5m 00s   First public update in 5m 00s');
      // The bell is for communication deadlines; the mitigation one is shown in red only.
      expect(rings).toBe(0);
      tick(15 * MINUTE);
      await view.waitFor('First public update in 0s');
      expect(rings).toBe(0);
      tick(16 * MINUTE);
      await view.waitFor('First public update OVERDUE 1m 00s');
      expect(rings).toBe(1);
      // The internal update (every 15 minutes from the declaration) fell due at the same moment: one ring for both.
      await view.waitFor('Overdue: first public update, internal update (c writes an update)');
      // Later seconds, a reload of the log and a re-render do not ring the same deadline again.
      tick(16 * MINUTE + 1000);
      harness.feed.reload();
      await harness.settle();
      tick(17 * MINUTE);
      await view.waitFor('First public update OVERDUE 2m 00s');
      expect(rings).toBe(1);
    } finally {
      bell.stop();
    }
  });

  it('b asks, then flags a possible breach: the header counts down 72 hours from detection', async () => {
    const { harness, tick, view } = await sev1AtT();
    tick(30 * MINUTE);
    harness.press('b');
    await view.waitFor('Flag INC-1 as a possible personal-data breach?');
    expect(view.frame()).toContain('within 72 hours');
    harness.press('y');
    await harness.settle();
    await view.waitFor('PERSONAL DATA MAY BE');
    const clockLine = (await view.waitFor('Regulator 71h 30m')).split('\n')[2];
    expect(clockLine).toBe('T+30m 00s  Mitigate LATE 25m 00s  1st public upd LATE 15m 00s  Regulator 71h 30m');
    const events = (await harness.env.incidents.store.read()).events.filter((e) => e.type === 'breach.flagged');
    expect(events.map((e) => [e.actor, e.data])).toEqual([['alice', { flagged: true }]]);
  });
});

describe('the composer', () => {
  it('previews an update with its lint warnings and the default targets, at 80x24', async () => {
    const { harness, view } = await sev1AtT();
    harness.press('c');
    await view.waitFor('Status update for INC-1');
    expect(view.frame()).toMatch(/› Kind +\[initial\] +update +resolution/);
    expect(view.frame()).toContain('Default targets: log, clip');
    harness.press('enter');
    await view.waitFor('Writing the initial/customer update for INC-1');
    await view.waitFor('from template');
    // Replace the filled template with a text that breaks three rules: to the top, then kill every line.
    for (let i = 0; i < 30; i++) harness.press('up');
    harness.press('C-a');
    for (let i = 0; i < 60; i++) harness.press('C-k');
    await view.waitFor(/│ *│\n│ *│/);
    harness.type('Checkout fails for some customers, probably caused by the database.');
    harness.press('enter');
    harness.type('It will be fixed within 20 minutes.');
    await view.waitFor('It will be fixed within 20 minutes.');
    harness.press('C-s');
    const frame = await view.waitFor('Preview: initial/customer update for INC-1');
    expect(frame.split('\n')).toHaveLength(23);
    expect(frame).toContain('Lint: 3 warnings');
    expect(frame).toMatch(/! line 1: speculative-cause/);
    expect(frame).toMatch(/! line 2: promised-fix-time/);
    expect(frame).toMatch(/! missing-next-update/);
    expect(frame).toMatch(/› \[x\] log +file/);
    expect(frame).toMatch(/\[x\] clip +clipboard/);
    expect(frame).toContain('Checkout fails for some customers, probably caused by the database.');
    harness.press('p');
    await view.waitFor('3 lint warnings: e edits the text, P posts it as it is');
  });

  it('in a read-only console refuses to compose or flag, with the reason; the history opens', async () => {
    const { harness, view } = await sev1AtT({ readOnly: true });
    harness.press('c');
    await view.waitFor('c update: disabled, this console is read-only');
    harness.press('b');
    await view.waitFor('b breach: disabled, this console is read-only');
    harness.press('U');
    await view.waitFor('Updates posted for INC-1 (0)');
    expect(view.frame()).toContain('no updates posted yet');
  });
});
