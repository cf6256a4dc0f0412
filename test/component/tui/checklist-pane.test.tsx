/** The Checklist pane at fixed viewports: none configured, the shipped default, partly ticked, nested, folded, an item's dialog, the picker. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ChecklistService } from '../../../src/runbooks/checklist-service.js';
import { EventStore } from '../../../src/store/event-store.js';
import type { HarnessOptions } from '../../helpers/console-harness.js';
import { consoleFixtures } from '../../helpers/render-console.js';

const fixtures = consoleFixtures();

const DETECTED = new Date('2026-11-22T03:00:00.000Z');
const now = () => new Date(DETECTED.getTime() + 150_000);

async function openChecklist(options: HarnessOptions = {}) {
  const harness = await fixtures.harness({ now, ...options });
  const bob = harness.otherWriter('bob');
  await bob.incidents.declare({ title: 'Checkout returns 502', severity: 'SEV2', detectedAt: DETECTED.toISOString() });
  await harness.settle();
  harness.press('enter', '3');
  await harness.settle();
  const view = fixtures.render(harness);
  await view.waitFor('Checkout returns 502');
  return { bob, harness, view };
}

/** The lines of the checklist pane's column (the right third at 80 columns). */
const paneLines = (frame: string, from: number) => frame.split('\n').map((line) => line.slice(from));

describe('checklist pane', () => {
  it('says how to get a checklist when none is configured, at 80x24', async () => {
    const { view } = await openChecklist({ configYaml: 'runbooks:\n  checklist: ""\n' });
    const frame = await view.waitFor(/┏━ 3 Checklist ━/);
    expect(frame.split('\n')).toHaveLength(23);
    // The empty state wraps inside the 26-column pane.
    const text = paneLines(frame, 54).slice(5, 11).join(' ').replace(/[┃\s]+/g, ' ');
    expect(text).toContain('No checklist configured — set `runbooks.checklist` in warroom.yaml, or press p to attach a runbook');
  });

  it('shows the shipped default checklist with runbook and section progress, at 80x24', async () => {
    const { view } = await openChecklist();
    const frame = await view.waitFor(/┏━ 3 Checklist \(0\/50\)/);
    expect(frame.split('\n')).toHaveLength(23);
    const pane = paneLines(frame, 54);
    expect(pane[5]).toBe('┃›▾ Incident checklist 0…┃');
    expect(pane[6]).toBe('┃ ▾ 1. Acknowledge 0/6   ┃');
    expect(pane[7]).toBe('┃  [ ] Acknowledge the p…┃');
    // The key bar leads with the pane's own keys.
    expect(frame.split('\n').at(-1)).toMatch(/^Space tick {2}Enter details {2}r run check {2}p runbooks/);
  });

  it('shows ticks made elsewhere with who made them and the progress, at 100x30', async () => {
    const { bob, view } = await openChecklist({ viewport: { columns: 100, rows: 30 } });
    const list = ChecklistService.forIncidents(bob.incidents);
    await list.toggle('acknowledge/acknowledge-the-page', true, 'INC-1');
    await list.toggle('acknowledge/name-an-incident-commander', true, 'INC-1');
    const frame = await view.waitFor(/┏━ 3 Checklist \(2\/50\)/);
    expect(frame).toMatch(/┃ ▾ 1\. Acknowledge 2\/6 +┃/);
    expect(frame).toMatch(/┃ {2}\[x\] \(bob\) Acknowledge the pa…┃/);
    expect(frame).toMatch(/┃ {2}\[x\] \(bob\) Name an Incident C…┃/);
    expect(frame).toMatch(/┃ {2}\[ \] Fill the other roles: te…┃/);
  });

  it('indents nested items under their parent, and folds a section with Enter, at 100x30', async () => {
    const { harness, view } = await openChecklist({ viewport: { columns: 100, rows: 30 } });
    harness.press('j', 'enter');
    let frame = await view.waitFor('▸ 1. Acknowledge 0/6');
    expect(frame).toMatch(/┃ ▾ 2\. Triage 0\/15 +┃/);
    // Down to the first nested item: the window scrolls to keep it in view, its parent above it.
    harness.press('j', 'j', 'j', 'j', 'j', 'j', 'j');
    frame = await view.waitFor(/┃› {2}\[ \] The API health endpoint…┃/);
    expect(frame).toMatch(/┃ {2}\[ \] Which layer is it: appli…┃/);
    harness.press('g', 'j');
    harness.press('enter');
    await view.waitFor('▾ 1. Acknowledge 0/6');
  });

  it('Enter on an item shows its notes and its command block exactly as written, at 80x24', async () => {
    const { harness, view } = await openChecklist();
    // Fold the first section, then go to "What changed in the last 60 minutes?" (fourth in Triage).
    harness.press('j', 'enter', 'j', 'j', 'j', 'j', 'j', 'enter');
    const frame = await view.waitFor('Checklist item');
    expect(frame).toContain('│ Incident checklist › 2. Triage');
    expect(frame).toContain('│ [ ] What changed in the last 60 minutes?');
    expect(frame).toContain('│ - Deploys, config changes, rotated secrets');
    expect(frame).toContain('│ Suggested commands (copy them; Warroom never runs them)');
    expect(frame).toContain('│ git log --since="90 minutes ago" --format="%h %ad %an %s" --date=iso');
    expect(frame.split('\n').at(-1)).toMatch(/^j scroll {2}Space tick {2}r run check {2}Esc close/);
  });

  it('lists the runbooks in the picker, marking the one already on the checklist, at 80x24', async () => {
    const { harness, view } = await openChecklist();
    harness.press('p');
    const frame = await view.waitFor('Rollback rules · document');
    expect(frame).toContain('Runbooks for INC-1');
    expect(frame).toMatch(/│ {2}✓ Incident checklist · 50 items · the default checklist/);
    expect(frame).toMatch(/│ {4}Rollback rules · document · rollback-rules/);
    expect(frame).toMatch(/│ › {2}502 and gateway errors · \d+ items · 502-gateway-errors/);
  });
});

const OPS = '# Ops\n## First\n- [ ] Alpha\n- [ ] Beta\n- [ ] Gamma\n## Second\n- [ ] Delta\n';
const teamDirs: string[] = [];
afterEach(async () => {
  for (const dir of teamDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A console whose checklist is a team runbook `ops.md` in a directory of its own. */
async function openTeamChecklist() {
  const runbooks = await mkdtemp(join(tmpdir(), 'warroom-team-runbooks-'));
  teamDirs.push(runbooks);
  await writeFile(join(runbooks, 'ops.md'), OPS);
  const opened = await openChecklist({ viewport: { columns: 100, rows: 30 }, configYaml: `runbooks:\n  dir: ${runbooks}\n  shipped: false\n  checklist: ops.md\n` });
  await opened.view.waitFor(/┃ {2}\[ \] Delta/);
  return { ...opened, file: join(runbooks, 'ops.md') };
}

describe('checklist pane while its runbook file changes', () => {
  it('an edit to the file shows without a key, and the cursor stays on its item when one above is removed, at 100x30', async () => {
    const { harness, view, file } = await openTeamChecklist();
    harness.press('j', 'j', 'j', 'j');
    await view.waitFor(/┃› \[ \] Gamma/);
    // Given the cursor on Gamma, when Alpha is deleted from the file (no Ctrl-R):
    await writeFile(file, OPS.replace('- [ ] Alpha\n', ''));
    const frame = await view.waitFor((f) => !f.includes('Alpha'), 2000);
    // then the cursor is still on Gamma (not on the "Second" section row that moved into its place),
    expect(frame).toMatch(/┃› \[ \] Gamma/);
    expect(frame).toMatch(/┃ ▾ Second 0\/1/);
    // and Space ticks Gamma rather than folding a section.
    harness.press('space');
    await harness.settle();
    await view.waitFor(/┃› \[x\] \(alice\) Gamma/);
    const events = (await new EventStore({ path: harness.storePath, actor: 'reader' }).read()).events;
    expect(events.filter((e) => e.type === 'checklist.toggled').map((e) => e.data)).toMatchObject([{ itemId: 'first/gamma', checked: true }]);
  });

  it('Ctrl-R after an item was added above keeps the selection on the same item, at 100x30', async () => {
    const { harness, view, file } = await openTeamChecklist();
    harness.press('j', 'j', 'j');
    await view.waitFor(/┃› \[ \] Beta/);
    await writeFile(file, OPS.replace('## First\n', '## First\n- [ ] Zero\n'));
    harness.press('C-r');
    const frame = await view.waitFor(/┃ {2}\[ \] Zero/, 2000);
    expect(frame).toMatch(/┃› \[ \] Beta/);
  });
});
