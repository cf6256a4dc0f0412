/**
 * The Checks pane at fixed viewports: no checks, never run, running, mixed results with changed
 * state marks, a narrow terminal, the ticking age, and the detail view on v.
 */
import { describe, expect, it } from 'vitest';
import { newEvent } from '../../../src/domain/events.js';
import type { HarnessOptions } from '../../helpers/console-harness.js';
import { consoleFixtures } from '../../helpers/render-console.js';

const fixtures = consoleFixtures();
const DETECTED = new Date('2026-11-22T03:00:00.000Z');
let clock = DETECTED.getTime() + 150_000;
const now = () => new Date(clock);

const CHECKS_YAML = `checks:
  - name: api-health
    command: [checks/check_http_health, --url, http://127.0.0.1:9/health]
    group: web
    key: h
  - name: api-errors
    command: [checks/check_http_health, --url, http://127.0.0.1:9/errors]
    group: web
  - name: postgres
    command: [pg_isready]
    group: data
  - name: queue
    command: [checks/check_queue_depth]
    group: data
`;

async function openIncident(options: HarnessOptions = {}) {
  clock = DETECTED.getTime() + 150_000;
  const harness = await fixtures.harness({ now, configYaml: CHECKS_YAML, viewport: { columns: 120, rows: 40 }, ...options });
  const bob = harness.otherWriter('bob');
  await bob.incidents.declare({ title: 'Checkout returns 502', severity: 'SEV1', detectedAt: DETECTED.toISOString() });
  await harness.settle();
  harness.press('enter', '1');
  const view = fixtures.render(harness);
  await view.waitFor(/┏━ 1 Checks/);
  return { bob, harness, view };
}

/** The rows of the Checks pane (stacked layout: the first third of each body row). */
function checksPane(frame: string, width: number): string[] {
  const lines = frame.split('\n').slice(5).map((line) => line.slice(0, width));
  return lines.slice(0, lines.findIndex((line) => /^[┗╰]/.test(line)));
}

describe('checks pane', () => {
  it('says how to add checks when none are configured', async () => {
    const { view } = await openIncident({ configYaml: 'service: shop\n' });
    expect(view.frame()).toMatch(/┃No checks configured — add `checks:` +┃/);
  });

  it('lists every configured check as not run, grouped by group, before anything ran', async () => {
    const { view } = await openIncident();
    const rows = checksPane(view.frame(), 40);
    expect(rows.slice(0, 6)).toEqual([
      '┃›web (2)                              ┃',
      '┃ · not run api-health                 ┃',
      '┃ · not run api-errors                 ┃',
      '┃ data (2)                             ┃',
      '┃ · not run postgres                   ┃',
      '┃ · not run queue                      ┃',
    ]);
    expect(view.frame()).toContain('1 Checks (4)');
  });

  it('shows checks in flight as running (no spinner), with the count in the title', async () => {
    const { harness, view } = await openIncident();
    harness.store.dispatch({ type: 'checks/started', names: ['postgres'], at: now().toISOString() });
    const frame = await view.waitFor('1 Checks (4, 1 running)');
    expect(frame).toMatch(/┃ » running +postgres/);
  });

  it('shows mixed results: glyph, state, latency, age, a mark where the state changed, the summary', async () => {
    const { bob, harness, view } = await openIncident();
    const finished = (name: string, status: 'OK' | 'WARNING' | 'CRITICAL' | 'UNKNOWN', summary: string, durationMs: number, more = {}) =>
      newEvent('INC-1', 'check.finished', { name, status, summary, durationMs, ...more });
    await bob.incidents.record('INC-1', () => [
      finished('api-health', 'OK', 'HTTP 200', 31),
      finished('api-errors', 'OK', 'HTTP 200', 12),
      finished('postgres', 'CRITICAL', 'timed out after 10s', 10_000, { timedOut: true }),
      finished('queue', 'UNKNOWN', 'command not found: check_queue_depth', 3),
    ]);
    await bob.incidents.record('INC-1', () => [finished('api-errors', 'CRITICAL', 'HTTP 500', 1450, { previousStatus: 'OK' })]);
    clock += 4000;
    harness.store.dispatch({ type: 'clock/tick', now: clock });
    harness.feed.reload();
    // The file watcher may show the results before the tick: wait for both.
    const frame = await view.waitFor((f) => f.includes('was OK') && f.includes('1.4s 4s'));
    // In a 40-column pane everything up to the mark fits; the summary is cut.
    expect(checksPane(frame, 40).slice(0, 6)).toEqual([
      `${'┃›web (2)'.padEnd(39)}┃`,
      '┃ ✓ OK       api-health 31ms 4s  HTTP …┃',
      '┃ ✗ CRITICAL api-errors 1.4s 4s was OK…┃',
      `${'┃ data (2)'.padEnd(39)}┃`,
      '┃ ⧖ TIMEOUT  postgres    10s 4s  timed…┃',
      '┃ ? UNKNOWN  queue       3ms 4s  comma…┃',
    ]);
  });

  it('ticks the age once a second without anything else changing', async () => {
    const { bob, harness, view } = await openIncident();
    await bob.incidents.record('INC-1', () => [newEvent('INC-1', 'check.finished', { name: 'postgres', status: 'OK', summary: 'accepting connections', durationMs: 8 })]);
    harness.feed.reload();
    await view.waitFor(/postgres +8ms 0s +acc/);
    clock += 65_000;
    harness.store.dispatch({ type: 'clock/tick', now: clock });
    await view.waitFor(/postgres +8ms 1m +acc/);
  });

  it('fits a narrow 80x24 terminal: every row inside its pane, state and name first', async () => {
    const { bob, harness, view } = await openIncident({ viewport: { columns: 80, rows: 24 } });
    await bob.incidents.record('INC-1', () => [newEvent('INC-1', 'check.finished', { name: 'api-health', status: 'CRITICAL', summary: 'HTTP 500', durationMs: 20, previousStatus: 'OK' })]);
    harness.feed.reload();
    const frame = await view.waitFor('CRITICAL');
    expect(frame.split('\n')).toHaveLength(23);
    expect(Math.max(...frame.split('\n').map((l) => l.length))).toBe(80);
    const rows = checksPane(frame, 27);
    expect(rows[0]).toMatch(/^┃›web \(2\) +┃$/);
    expect(rows[1]).toMatch(/^┃ ✗ CRITICAL api-health 2…┃$/);
    expect(rows).toHaveLength(5);
    expect(rows[4]).toMatch(/^┃ · not run +postgres +┃$/);
  });

  it('opens the selected check\'s details on v: result, command, perfdata; Esc closes', async () => {
    const { bob, harness, view } = await openIncident();
    await bob.incidents.record('INC-1', () => [
      newEvent('INC-1', 'check.finished', { name: 'api-health', status: 'WARNING', summary: 'HTTP 200 slow', durationMs: 900, perfdata: [{ label: 'time', value: 0.9, uom: 's', warn: '0.5', crit: '2', min: 0 }] }),
    ]);
    harness.feed.reload();
    await view.waitFor('HTTP 200 slow');
    harness.press('j', 'v');
    const frame = await view.waitFor('Check api-health');
    expect(frame).toContain('State      ! WARNING · took 900ms');
    expect(frame).toMatch(/Group {6}web · timeout 10s +│\n│ Key {8}h /);
    expect(frame).toContain('Command    checks/check_http_health --url http://127.0.0.1:9/health');
    // A blank row sets the perfdata table apart from the fields above it.
    expect(frame).toMatch(/│ +│\n│ Perfdata \(1\) +│/);
    expect(frame).toMatch(/label +value +warn +crit +min +max/);
    expect(frame).toMatch(/time +0\.9s +0\.5 +2 +0 +-/);
    expect(frame).toContain('Output not kept here');
    expect(frame.split('\n').at(-1)).toMatch(/scroll .*r run again .*close/);
    harness.press('esc');
    await view.waitFor((f) => !f.includes('Check api-health') && f.includes('┏━ 1 Checks'));
  });
});
