/** The incident screen at fixed viewports: header, each pane empty, populated and focused, dialogs. */
import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { addNote } from '../../../src/domain/incident-commands.js';
import { newEvent } from '../../../src/domain/events.js';
import type { HarnessOptions } from '../../helpers/console-harness.js';
import { consoleFixtures } from '../../helpers/render-console.js';

const fixtures = consoleFixtures();

const DETECTED = new Date('2026-11-22T03:00:00.000Z');
/** Two and a half minutes after detection, frozen, so the header's clocks read the same every run. */
const now = () => new Date(DETECTED.getTime() + 150_000);

async function openIncident(options: HarnessOptions = {}, severity = 'SEV1') {
  const harness = await fixtures.harness({ now, ...options });
  const bob = harness.otherWriter('bob');
  await bob.incidents.declare({ title: 'Checkout returns 502', severity, detectedAt: DETECTED.toISOString() });
  await harness.settle();
  harness.press('enter');
  const view = fixtures.render(harness);
  await view.waitFor('Checkout returns 502');
  return { bob, harness, view };
}

const CHECKS_YAML = `checks:
  - name: db
    command: [pg_isready]
  - name: api-health
    command: [curl, -f, http://localhost/health]
`;

describe('incident screen', () => {
  it('shows the header: id, coloured severity, status, flags, clocks and unfilled roles', async () => {
    const { view } = await openIncident();
    const lines = view.frame().split('\n');
    expect(lines[0]).toMatch(/^INC-1 +SEV1 +Critical Checkout returns 502/);
    expect(lines[1]).toMatch(/INVESTIGATING +NOT ACKNOWLEDGED \(A\) +DEPLOY FREEZE/);
    expect(lines[2]).toBe('Elapsed 2m 30s   Mitigate in 2m 30s   First public update in 12m 30s');
    expect(lines[3]).toMatch(/IC none +Tech lead none +Comms none +Scribe none +\(4 unfilled: o assigns\)/);
  });

  it('shows every pane with an empty state that says how to fill it, at 80x24', async () => {
    const { view } = await openIncident({ configYaml: 'runbooks:\n  checklist: ""\n' });
    const frame = view.frame();
    expect(frame.split('\n')).toHaveLength(23);
    expect(frame).toMatch(/1 Checks/);
    expect(frame).toMatch(/2 Recent changes/);
    expect(frame).toMatch(/3 Checklist/);
    expect(frame).toMatch(/4 Timeline \(2\)/);
    // The empty states wrap inside their 26-column panes.
    expect(frame).toMatch(/│No checks configured — +││No recent changes — add +││No checklist configured +│/);
    expect(frame).toMatch(/│add `checks:` to +││change sources/);
    // The timeline has focus at first: heavy border.
    expect(frame).toMatch(/┏━ 4 Timeline/);
  });

  it('fills the panes from the incident log: checks, suspect changes, checklist ticks', async () => {
    const { bob, harness, view } = await openIncident({ configYaml: CHECKS_YAML });
    await bob.incidents.record('INC-1', () => [
      newEvent('INC-1', 'check.finished', { name: 'db', status: 'CRITICAL', summary: 'connection refused', durationMs: 40 }),
      newEvent('INC-1', 'change.suspected', { changeId: 'd-1', kind: 'deploy', source: 'deploys', title: 'shop 1.4.2', ref: 'v1.4.2', changedAt: DETECTED.toISOString() }),
      newEvent('INC-1', 'checklist.toggled', { runbook: 'incident-checklist', itemId: 'acknowledge/acknowledge-the-page-and-declare-the', text: 'Acknowledge the page', checked: true, contentHash: 'abc' }),
    ]);
    harness.feed.reload();
    let frame = await view.waitFor('CRITICAL');
    expect(frame).toMatch(/ ✗ CRITICAL +db/);
    expect(frame).toMatch(/ · not run +api-health/);
    expect(frame).toMatch(/MARKED deploy v1\.4\.2/);
    expect(frame).toMatch(/\[x\] \(bob, old version…/);
    // Focused, each populated pane marks its selected row.
    harness.press('3', 'j', 'j');
    frame = await view.waitFor(/┏━ 3 Checklist \(1\/50\)/);
    expect(frame).toMatch(/› \[x\] \(bob, old version…/);
    harness.press('2');
    frame = await view.waitFor(/┏━ 2 Recent changes \(1\)/);
    expect(frame).toMatch(/›MARKED deploy v1\.4\.2/);
  });

  it('moves focus with digits and Tab, and marks the selected row of the focused pane', async () => {
    const { harness, view } = await openIncident({ configYaml: CHECKS_YAML });
    harness.press('1');
    let frame = await view.waitFor(/┏━ 1 Checks/);
    expect(frame).toMatch(/›· not run +db/);
    expect(frame).toMatch(/╭─ 4 Timeline/);
    // The key bar shows the focused pane's own keys first.
    expect(frame.split('\n').at(-1)).toMatch(/^r run checks {2}Enter run {2}v details {2}n note/);
    harness.press('j');
    frame = await view.waitFor(/›· not run +api-health/);
    harness.press('tab');
    frame = await view.waitFor(/┏━ 2 Recent changes/);
    expect(frame).not.toContain('›· not run');
    expect(frame.split('\n').at(-1)).toMatch(/^Enter details {2}m mark suspect {2}w widen {2}W narrow {2}n note/);
  });

  it('windows a long timeline: newest at the bottom, scrolls back, follows again', async () => {
    const { bob, harness, view } = await openIncident();
    for (let i = 1; i <= 30; i++) await bob.incidents.record('INC-1', (incident) => addNote(incident, `step ${i}`));
    harness.feed.reload();
    let frame = await view.waitFor('note: step 30');
    expect(frame).toContain('4 Timeline (32)');
    expect(frame).not.toContain('note: step 1\n');
    const rows = frame.split('\n').filter((l) => l.includes('note: step'));
    expect(rows.at(-1)).toContain('step 30');
    harness.press('k', 'k');
    frame = await view.waitFor('paused: f follows');
    expect(frame).toMatch(/›\S+ bob +note: step 28/);
    harness.press('g');
    frame = await view.waitFor(/›\S+ bob +declared SEV1/);
    harness.press('f');
    frame = await view.waitFor((f) => !f.includes('paused') && f.includes('note: step 30'));
  });

  it('uses a wide layout at 100x30 with the same content', async () => {
    const { view } = await openIncident({ viewport: { columns: 100, rows: 30 } });
    const frame = view.frame();
    expect(frame.split('\n')).toHaveLength(29);
    expect(Math.max(...frame.split('\n').map((l) => l.length))).toBe(100);
  });

  // Pane bodies clip only vertically (horizontal clipping cost every frame a re-slice of each line):
  // long and wide content must still end inside its pane. ink-testing-library's terminal is 100
  // columns wide; test/e2e/console-long-content.test.ts covers the larger layouts in a pty.
  for (const viewport of [{ columns: 80, rows: 24 }, { columns: 100, rows: 30 }]) {
    it(`keeps long and wide content inside its pane at ${viewport.columns}x${viewport.rows}`, async () => {
      const long = 'x'.repeat(250);
      const checks = `checks:\n  - name: db-${long.slice(0, 60)}\n    command: [pg_isready, -h, ${long}]\n`;
      const { bob, harness, view } = await openIncident({ viewport, configYaml: checks });
      await bob.incidents.record('INC-1', (incident) => addNote(incident, `決済の障害 🔥🔥 ${'長い説明'.repeat(60)}`));
      await bob.incidents.record('INC-1', (incident) => addNote(incident, `${long} ${long}`));
      harness.feed.reload();
      const frame = stripVTControlCharacters(await view.waitFor('決済の障害'));
      const lines = frame.split('\n');
      for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(viewport.columns);
      // Every row between a pane's top and bottom edge keeps both of its side borders in place.
      const top = lines.findIndex((line) => line.includes('1 Checks'));
      const corners = [...lines[top]!].flatMap((char, column) => ('╭╮┏┓'.includes(char) ? [column] : []));
      expect(corners.length).toBeGreaterThanOrEqual(4);
      for (let row = top + 1; !'╰┗'.includes(lines[row]![0]!); row++) {
        for (const column of corners) expect('│┃', `row ${row}, column ${column}: ${lines[row]}`).toContain([...lines[row]!][column]);
      }
    });
  }

  it('in read-only mode says so, and a changing key explains why it does nothing', async () => {
    const { harness, view } = await openIncident({ readOnly: true });
    expect(view.frame()).toContain('READ-ONLY you are alice');
    harness.press('n');
    const frame = await view.waitFor('n note: disabled, this console is read-only (--read-only)');
    expect(frame).not.toContain('Add a note');
  });

  it('shows the role picker with holders and the help overlay generated from the keymap', async () => {
    const { harness, view } = await openIncident();
    harness.press('o');
    let frame = await view.waitFor('Roles for INC-1 (you are alice)');
    expect(frame).toMatch(/› 1 Incident Commander +\(unfilled\)/);
    expect(frame).toContain('coordinates and decides; does not debug');
    harness.press('esc', '?');
    frame = await view.waitFor('Keys');
    expect(frame).toMatch(/n +Add a note to the timeline \(changes\)/);
    expect(frame).toMatch(/more below/);
  });

  it('asks for a larger terminal below 60x16', async () => {
    const harness = await fixtures.harness({ viewport: { columns: 50, rows: 14 } });
    const view = fixtures.render(harness);
    await view.waitFor((frame) => frame.replace(/\s+/g, ' ').includes('The console needs at least 60x16; this terminal is 50x14.'));
  });
});
