/**
 * The Checklist pane's keys through the real keymap, handlers, runbook library, check runner and
 * incident service against a real store: ticks, attachments and linked checks end up on the log
 * with the runbook's version; a read-only console refuses them and says why, and still reads.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ChecklistService } from '../../../src/runbooks/checklist-service.js';
import { hashContent } from '../../../src/runbooks/read-runbook-file.js';
import { selectIncident } from '../../../src/tui/state/selectors.js';
import { createConsoleHarness, type ConsoleHarness, type HarnessOptions } from '../../helpers/console-harness.js';

const OPS = [
  '# Ops checklist',
  '## Triage',
  '- [ ] Database answers `check:db`',
  '  ```sh',
  '  psql "$DATABASE_URL" -c "select 1"',
  '  ```',
  '- [ ] Tell support',
  '',
].join('\n');
const RULES = ['# Rollback rules', '', ...Array.from({ length: 60 }, (_, i) => `Rule ${i + 1}: roll back when it started with a deploy.`), ''].join('\n');
const DB = ['# Database failures', '## Confirm', '- [ ] Replica lag is low', ''].join('\n');

let harness: ConsoleHarness | undefined;
let runbookDir: string | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
  if (runbookDir) await rm(runbookDir, { recursive: true, force: true });
  runbookDir = undefined;
});

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 3000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within 3 s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A console on an incident whose checklist is ops.md from a team directory; `db` is a real check process. */
async function consoleOnIncident(options: HarnessOptions = {}): Promise<ConsoleHarness> {
  runbookDir = await mkdtemp(join(tmpdir(), 'warroom-runbooks-'));
  await mkdir(runbookDir, { recursive: true });
  await writeFile(join(runbookDir, 'ops.md'), OPS);
  await writeFile(join(runbookDir, 'rollback-rules.md'), RULES);
  await writeFile(join(runbookDir, 'db-failures.md'), DB);
  const configYaml = [
    'runbooks:',
    `  dir: ${JSON.stringify(runbookDir)}`,
    '  shipped: false',
    '  checklist: ops.md',
    'checks:',
    '  - name: db',
    `    command: [${JSON.stringify(process.execPath)}, -e, "console.log('DB OK - accepting connections')"]`,
    '',
  ].join('\n');
  const h = await createConsoleHarness({ configYaml, ...options });
  await h.otherWriter('bob').incidents.declare({ title: 'Checkout returns 502', severity: 'SEV2' });
  await h.settle();
  h.press('enter', '3');
  await h.settle();
  return h;
}

const incidentOf = (h: ConsoleHarness) => selectIncident(h.store.getState())!;
const top = (h: ConsoleHarness) => h.store.getState().ui.modals.at(-1);

describe('checklist keys', () => {
  it('Space ticks the selected item with the file version, Space again unticks it', async () => {
    harness = await consoleOnIncident();
    // Rows: runbook, section, then the first item.
    harness.press('j', 'j', 'space');
    await harness.settle();
    const tick = incidentOf(harness).events.at(-1)!;
    expect(tick).toMatchObject({
      type: 'checklist.toggled',
      actor: 'alice',
      data: { runbook: 'ops', itemId: 'triage/database-answers', checked: true, contentHash: hashContent(Buffer.from(OPS)) },
    });
    expect(harness.store.getState().ui.flash?.text).toBe('Ticked: Database answers');
    harness.press('space');
    await harness.settle();
    expect(incidentOf(harness).events.at(-1)!.data).toMatchObject({ itemId: 'triage/database-answers', checked: false });
  });

  it('refuses a tick someone else made first, naming them', async () => {
    harness = await consoleOnIncident();
    harness.press('j', 'j', 'j');
    // Bob ticks the same item from another console; this one has not re-read yet.
    harness.feed.close();
    await ChecklistService.forIncidents(harness.otherWriter('bob').incidents).toggle('ops#triage/tell-support', true, 'INC-1');
    harness.press('space');
    await until(() => harness!.store.getState().ui.flash?.tone === 'error', 'the refusal');
    expect(harness.store.getState().ui.flash?.text).toMatch(/"Tell support" is already ticked \(ticked by bob at /);
  });

  it('Enter opens the item; r there runs its linked check for real and records the result; an item without one says so', async () => {
    harness = await consoleOnIncident();
    harness.press('j', 'j', 'enter');
    expect(top(harness)).toEqual({ kind: 'checklist-item', key: 'ops#triage/database-answers', offset: 0 });
    harness.press('r');
    expect(harness.store.getState().checklist.running).toEqual(['db']);
    await harness.settle();
    await until(() => harness!.store.getState().checklist.running.length === 0, 'the check to finish');
    await harness.settle();
    expect(incidentOf(harness).checks.db).toMatchObject({ status: 'OK', summary: 'DB OK - accepting connections' });
    expect(harness.store.getState().ui.flash).toMatchObject({ text: 'check:db OK: DB OK - accepting connections', tone: 'success' });
    harness.press('esc', 'j', 'r');
    expect(harness.store.getState().ui.flash?.text).toMatch(/links no check/);
  });

  it('p lists the runbooks; Enter reads a document (it scrolls), Esc goes back, Enter attaches a checklist with its version', async () => {
    harness = await consoleOnIncident();
    harness.press('p');
    await until(() => (top(harness!) as { listing?: unknown }).listing !== undefined, 'the runbook listing');
    expect(top(harness)).toMatchObject({ kind: 'runbooks', listing: [{ name: 'db-failures' }, { name: 'ops' }, { name: 'rollback-rules', items: 0 }] });
    harness.press('j', 'j', 'enter');
    await until(() => (top(harness!) as { text?: string }).text !== undefined, 'the file to be read');
    expect(top(harness)).toMatchObject({ kind: 'runbook-reader', name: 'rollback-rules', title: 'Rollback rules', offset: 0 });
    harness.press('space', 'j');
    expect(top(harness)).toMatchObject({ offset: 13 });
    harness.press('G');
    expect((top(harness) as { offset: number }).offset).toBe(62 - 13);
    harness.press('esc', 'k', 'k', 'enter');
    await harness.settle();
    const attached = incidentOf(harness).events.at(-1)!;
    expect(attached).toMatchObject({ type: 'runbook.attached', actor: 'alice', data: { runbook: 'db-failures', contentHash: hashContent(Buffer.from(DB)) } });
    expect(harness.store.getState().ui.modals).toEqual([]);
    await until(() => harness!.store.getState().checklist.files?.loads.has('db-failures') === true, 'the attached file');
    expect(incidentOf(harness).attachedRunbooks).toEqual([{ runbook: 'db-failures', contentHash: hashContent(Buffer.from(DB)) }]);
  });

  it('in a read-only console refuses ticking, running and attaching with the reason, and still opens and reads', async () => {
    harness = await consoleOnIncident({ readOnly: true });
    const before = incidentOf(harness).events.length;
    harness.press('j', 'j', 'space');
    expect(harness.store.getState().ui.flash?.text).toBe('Space tick: disabled, this console is read-only (--read-only)');
    harness.press('r');
    expect(harness.store.getState().ui.flash?.text).toMatch(/^r run check: disabled, this console is read-only/);
    harness.press('enter');
    expect(top(harness)).toMatchObject({ kind: 'checklist-item' });
    harness.press('space');
    expect(harness.store.getState().ui.flash?.text).toMatch(/^Space tick: disabled, this console is read-only/);
    harness.press('esc', 'p');
    await until(() => (top(harness!) as { listing?: unknown }).listing !== undefined, 'the runbook listing');
    harness.press('enter');
    expect(harness.store.getState().ui.flash?.text).toBe('Attaching is disabled: this console is read-only (--read-only); v reads the runbook');
    harness.press('a');
    expect(harness.store.getState().ui.flash?.text).toMatch(/^a Attach the selected runbook.*: disabled, this console is read-only/);
    harness.press('v');
    await until(() => (top(harness!) as { text?: string }).text !== undefined, 'the file to be read');
    expect(top(harness)).toMatchObject({ kind: 'runbook-reader', name: 'db-failures' });
    await harness.settle();
    expect(incidentOf(harness).events).toHaveLength(before);
  });
});
