/**
 * A replayed drill at 160x30, with no config of its own (the drill's sandbox is gone): the replay
 * line keeps the state as it was at the cursor (not acknowledged, deploy freeze, drill, possible
 * breach), empty panes speak of the recorded incident rather than of warroom.yaml, and the key
 * bar lists only what a replay can do.
 */
import { describe, expect, it } from 'vitest';
import { acknowledge } from '../../../src/domain/incident-commands.js';
import { createTimeline, cursorAt } from '../../../src/domain/replay/replay-cursor.js';
import { IncidentService } from '../../../src/incidents/incident-service.js';
import { REPLAY_EMPTY } from '../../../src/tui/presentation/replay-empty.js';
import { consoleFixtures } from '../../helpers/render-console.js';

const fixtures = consoleFixtures();
const T = Date.parse('2026-11-22T03:00:00.000Z');

/** A SEV1 drill incident (deploy freeze on), a breach flagged, acknowledged a minute later; replayed from the declaration. */
async function replayedDrill() {
  const clock = { now: T };
  const harness = await fixtures.harness({ now: () => new Date(clock.now), readOnly: true, viewport: { columns: 160, rows: 30 } });
  const writer = harness.otherWriter('ana');
  const drill = new IncidentService(writer.store, writer.incidents.loaded, () => new Date(clock.now), { drill: true });
  await drill.declare({ title: 'Checkout fails', severity: 'SEV1', breach: true });
  clock.now = T + 60_000;
  await drill.record('INC-1', (incident) => acknowledge(incident));
  await harness.settle();
  harness.feed.close();
  const incident = harness.store.getState().data.incidents[0]!;
  harness.store.dispatch({ type: 'replay/start', cursor: cursorAt(createTimeline(incident.events)!, 0), speed: 60 });
  return { harness, view: fixtures.render(harness), events: incident.events.length };
}

describe('replay state at the cursor', () => {
  it('keeps not acknowledged, deploy freeze, drill and breach on the replay line, as they were at the cursor', async () => {
    const { harness, view, events } = await replayedDrill();
    const line = (await view.waitFor('REPLAY')).split('\n')[1]!;
    // At the declaration the freeze (the next event) is not on yet.
    expect(line).toContain('event 1/');
    expect(line).toMatch(/INVESTIGATING +NOT ACKNOWLEDGED +DRILL +PERSONAL DA/);
    expect(line).not.toContain('DEPLOY FREEZE');
    // The acknowledge key is refused in a replay, so its hint is not offered.
    expect(line).not.toContain('(A)');
    harness.press('l');
    expect((await view.waitFor('event 2/')).split('\n')[1]).toMatch(/INVESTIGATING +NOT ACKNOWLEDGED +DEPLOY FREEZE +DRILL/);
    harness.press('$');
    const last = (await view.waitFor(`event ${events}/${events}`)).split('\n')[1]!;
    expect(last).not.toContain('NOT ACKNOWLEDGED');
    expect(last).toContain('DEPLOY FREEZE');
  });

  it('speaks of the recorded incident in empty panes, never of editing the config', async () => {
    const { view } = await replayedDrill();
    const frame = await view.waitFor('REPLAY');
    // Each text wraps in its narrow pane; its first words are on the pane's first row.
    expect(frame).toContain(REPLAY_EMPTY.checks.slice(0, 30));
    expect(frame).toContain(REPLAY_EMPTY.changes.slice(0, 30));
    expect(frame).not.toContain('warroom.yaml');
    expect(frame).not.toContain('configured —');
  });

  it('lists only what a replay can do in the key bar: Space plays, nothing ticks or writes', async () => {
    const { harness, view } = await replayedDrill();
    await view.waitFor('REPLAY');
    harness.press('3');
    const bar = (await view.waitFor((f) => f.includes('Space play') && f.includes('details'))).split('\n').at(-1)!;
    expect(bar).not.toContain('tick');
    expect(bar).not.toContain('run check');
    harness.press('4');
    const timelineBar = (await view.waitFor((f) => f.split('\n').at(-1)!.includes('follow'))).split('\n').at(-1)!;
    expect(timelineBar).not.toMatch(/note|severity|roles/);
  });
});
