/**
 * A drill's start screen at a fixed 80x24 viewport: before anything is declared it shows the
 * briefing and the drill's checks, turns red with the loop's results and prompts to declare,
 * shows a fault that could not be injected, and stays one row shorter than the terminal.
 */
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/checks/check-runner.js';
import type { CheckStatus } from '../../../src/domain/events.js';
import { DrillFeed } from '../../../src/drill/drill-feed.js';
import { startDrillConsoleFeed } from '../../../src/tui/live/drill-console-feed.js';
import { consoleFixtures } from '../../helpers/render-console.js';

const CONFIG = `checks:
  - name: shop-health
    command: [/bin/true]
  - name: shop-front-page
    command: [/bin/true]
`;

const fixtures = consoleFixtures();

function result(name: string, status: CheckStatus, summary: string, finishedAt = new Date()): CheckResult {
  const at = finishedAt.toISOString();
  return { name, group: 'shop', status, summary, longOutput: '', perfdata: [], timedOut: false, argv: ['/bin/true'], exitCode: 0, durationMs: 12, startedAt: at, finishedAt: at, stdout: `${summary}\n`, stderr: '', truncated: false, cancelled: false };
}

async function drillConsole() {
  const harness = await fixtures.harness({ configYaml: CONFIG, viewport: { columns: 80, rows: 24 } });
  const feed = new DrillFeed({ title: 'Errors after a release', briefing: 'You are on call for the shop. Watch the checks; act when they go wrong.' }, 5_000);
  harness.env.drill = feed;
  const live = startDrillConsoleFeed(harness.env, feed);
  const view = fixtures.render(harness);
  return { harness, feed, view, stop: () => live.stop() };
}

describe('drill start screen', () => {
  it('shows the briefing and every configured check before the first run', async () => {
    const { view, stop } = await drillConsole();
    const frame = await view.waitFor('Drill: Errors after a release');
    expect(frame).toContain('You are on call for the shop. Watch the checks; act when');
    expect(frame).toContain('every 5s (not run yet)');
    expect(frame).toMatch(/· not run +shop-health/);
    expect(frame).toMatch(/· not run +shop-front-page/);
    expect(frame).toContain('No incidents in this store');
    expect(frame.split('\n')).toHaveLength(23);
    for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    stop();
  });

  it("turns red with the loop's results and prompts to declare, once per new bad state", async () => {
    const { feed, view, harness, stop } = await drillConsole();
    feed.checkFinished(result('shop-health', 'OK', 'HTTP OK - 200'));
    feed.checkFinished(result('shop-front-page', 'OK', 'HTTP OK - 200'));
    let frame = await view.waitFor(/✓ OK +shop-front-page +HTTP OK - 200/);
    expect(frame).toMatch(/✓ OK +shop-health +HTTP OK - 200/);
    expect(frame).not.toContain('declare with d');
    feed.checkFinished(result('shop-health', 'CRITICAL', 'HTTP CRITICAL - 500'));
    frame = await view.waitFor(/✗ CRITICAL shop-health +HTTP CRITICAL - 500/);
    expect(frame).toContain('shop-health CRITICAL — declare with d');
    // The result is this console's latest run of the check too (the checks pane's age follows it).
    expect(harness.store.getState().checkRuns.outputs['shop-health']).toMatchObject({ status: 'CRITICAL', stdout: ['HTTP CRITICAL - 500'] });
    harness.store.dispatch({ type: 'flash/expire', id: harness.store.getState().ui.flash!.id });
    feed.checkFinished(result('shop-health', 'CRITICAL', 'HTTP CRITICAL - 500'));
    expect(harness.store.getState().ui.flash).toBeUndefined();
    stop();
  });

  it('shows a fault the drill could not inject, as a flash and as a line that stays', async () => {
    const { feed, view, harness, stop } = await drillConsole();
    feed.problem('could not inject deploy v1.2.0: shopctl deploy failed: exit 1');
    const frame = await view.waitFor('✗ drill: could not inject deploy v1.2.0');
    expect(harness.store.getState().ui.flash).toMatchObject({ tone: 'error', text: 'drill: could not inject deploy v1.2.0: shopctl deploy failed: exit 1' });
    expect(frame.split('\n')).toHaveLength(23);
    stop();
  });

  it('does not prompt to declare while an incident is open', async () => {
    const { feed, view, harness, stop } = await drillConsole();
    await harness.env.incidents.declare({ title: 'Checkout fails', severity: 'SEV1' });
    await harness.settle();
    feed.checkFinished(result('shop-health', 'CRITICAL', 'HTTP CRITICAL - 500'));
    await view.waitFor(/✗ CRITICAL shop-health/);
    expect(harness.store.getState().ui.flash?.text ?? '').not.toContain('declare with d');
    stop();
  });
});
