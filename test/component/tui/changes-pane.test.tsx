/**
 * The Recent changes pane at a fixed 80x24 viewport, over real sources: no sources configured,
 * loading, a broken source beside good data, and the suspect with highlight and migration caution;
 * the details dialog drawn over the panes.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HarnessOptions } from '../../helpers/console-harness.js';
import { consoleFixtures } from '../../helpers/render-console.js';

const fixtures = consoleFixtures();
const DETECTED = new Date('2026-11-22T03:00:00.000Z');
const now = () => new Date(DETECTED.getTime() + 150_000);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warroom-changes-pane-'));
  await writeFile(
    join(dir, 'deploys.jsonl'),
    [
      { at: '2026-11-22T01:30:00Z', service: 'api', version: 'v1', actor: 'ci' },
      { at: '2026-11-22T02:50:00Z', service: 'api', version: 'v2', actor: 'ci', migration: true },
    ].map((line) => JSON.stringify(line)).join('\n'),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function openIncident(configYaml: string | undefined, options: HarnessOptions = {}) {
  const harness = await fixtures.harness({ now, ...(configYaml === undefined ? {} : { configYaml }), ...options });
  await harness.otherWriter('bob').incidents.declare({ title: 'Checkout returns 502', severity: 'SEV1', detectedAt: DETECTED.toISOString() });
  await harness.settle();
  harness.press('enter', '2');
  const view = fixtures.render(harness);
  await view.waitFor('Checkout returns 502');
  return { harness, view };
}

/** The changes pane's column (the middle third at 80 columns) of the body rows. */
const paneLines = (frame: string) => frame.split('\n').slice(4, 11).map((line) => line.slice(27, 54));

const deploys = () => `changes:\n  deploys:\n    - file: ${join(dir, 'deploys.jsonl')}\n      label: prod\n`;

describe('Recent changes pane at 80x24', () => {
  it('without sources says how to add them', async () => {
    const { view } = await openIncident(undefined);
    expect(paneLines(view.frame()).join('\n')).toMatch(/No recent changes — add +┃\n┃change sources/);
  });

  it('says it is loading while a source is still being read, without blocking the keys', async () => {
    const slow = `changes:\n  deploys:\n    - label: k8s\n      command: [${JSON.stringify(process.execPath)}, -e, "setTimeout(() => {}, 20000)"]\n      timeout: 30s\n`;
    const { harness, view } = await openIncident(slow);
    const frame = await view.waitFor('loading changes of');
    expect(paneLines(frame)[1]).toBe('┃›loading changes of the …┃');
    expect(paneLines(frame)[0]).toBe('┏━ 2 Recent changes (2h) ━┓');
    harness.press('n');
    await view.waitFor('Add a note to INC-1');
  });

  it('shows a file\'s deploys while a hanging deploy command is still read, naming it, and again at once after w', async () => {
    const stuck = join(dir, 'stuck-history.sh');
    await writeFile(stuck, '#!/bin/sh\nsleep 30\n', { mode: 0o755 });
    const config = `changes:\n  deploys:\n    - file: ${join(dir, 'deploys.jsonl')}\n      command: [${stuck}]\n      timeout: 30s\n      label: prod\n`;
    const { harness, view } = await openIncident(config, { viewport: { columns: 160, rows: 30 } });
    const frame = await view.waitFor('deploy api v2');
    expect(frame).toContain('┃›still loading deploys prod (up to 30s): /tmp/');
    expect(frame).not.toContain('loading changes of');
    expect(frame).toContain('SUSPECT 10 min before');

    harness.press('w');
    // The file is read again for the wider window and shows at once, while the command hangs again.
    const again = await view.waitFor((f) => f.includes('Recent changes (4h)') && f.includes('still loading deploys prod'));
    expect(again).not.toContain('loading changes of');
    expect(again).toContain('>02:50 deploy api v2');
  });

  it('shows a broken source on top while the other source\'s changes still show', async () => {
    const config = `${deploys()}  git:\n    - path: ${dir}\n      label: api\n`;
    const { view } = await openIncident(config);
    const frame = await view.waitFor('deploy api v2');
    const lines = paneLines(frame);
    expect(lines[1]).toMatch(/^┃›✗ git api: \/.*…┃$/);
    expect(lines[2]).toBe('┃  01:30 deploy api v1 · …┃');
    expect(lines[3]).toBe('┃ >02:50 deploy api v2 · …┃');
  });

  it('flags the suspect with its minutes before detection, highlights it and shows the migration caution', async () => {
    const { harness, view } = await openIncident(deploys());
    await view.waitFor('deploy api v2');
    harness.press('j');
    const frame = await view.waitFor('›>02:50');
    expect(paneLines(frame).slice(1, 6)).toEqual([
      '┃  01:30 deploy api v1 · …┃',
      '┃›>02:50 deploy api v2 · …┃',
      '┃   SUSPECT 10 min before…┃',
      '┃   caution: ran a databa…┃',
      '┃ ── detected 03:00 UTC ─…┃',
    ]);
    // The whole frame stays inside the terminal: 23 rows, none wider than 80 columns.
    expect(frame.split('\n')).toHaveLength(23);
    expect(Math.max(...frame.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it('Enter draws the deploy\'s full record in a dialog over the panes', async () => {
    const { harness, view } = await openIncident(deploys());
    await view.waitFor('deploy api v2');
    harness.press('j', 'enter');
    const frame = await view.waitFor('previous version: v1');
    expect(frame).toContain('Change deploy:prod:api@v2');
    expect(frame).toMatch(/│ caution: ran a database migration: do not roll back the app alone; check the +│/);
    expect(frame).toMatch(/│ {5}migration can be reversed, or roll forward +│/);
    expect(frame).toContain('  actor: ci');
    // One line more than fits: the dialog says so and scrolls to it.
    expect(frame).toContain('lines 1-13 of 14 · j/k scroll, Space pages · Esc closes');
    harness.press('j');
    await view.waitFor('  migration: true');
    expect(frame.split('\n').at(-1)).toMatch(/^j scroll {2}Esc close/);
  });
});
