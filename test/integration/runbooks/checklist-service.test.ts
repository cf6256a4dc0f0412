import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { flattenItems } from '../../../src/domain/checklist/checklist-view.js';
import { IncidentService } from '../../../src/incidents/incident-service.js';
import { ChecklistService } from '../../../src/runbooks/checklist-service.js';
import { EventStore } from '../../../src/store/event-store.js';

const DB_V1 = ['# Database down', '## Confirm', '- [ ] Database answers `check:postgres`', '- [ ] Note the start time', '## Fix', '- [ ] Restart the pool', ''].join('\n');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warroom-checklist-'));
  await mkdir(join(dir, 'runbooks'));
  await writeFile(join(dir, 'runbooks', 'db-down.md'), DB_V1);
  await writeFile(
    join(dir, 'warroom.yaml'),
    ['runbooks:', '  bySeverity:', '    SEV1: [recovery-verification.md]', ''].join('\n'),
  );
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** One responder: their own store handle and services, as in a separate process. */
async function responder(actor: string) {
  const loaded = await loadConfig({ explicit: join(dir, 'warroom.yaml'), cwd: dir, env: {} });
  const incidents = new IncidentService(new EventStore({ path: join(dir, 'store.json'), actor }), loaded);
  return { incidents, checklist: ChecklistService.forIncidents(incidents) };
}

describe('ChecklistService', () => {
  it('a new incident gets the default checklist plus its severity runbooks, all unticked', async () => {
    const alice = await responder('alice');
    await alice.incidents.declare({ title: 'Checkout 502', severity: 'SEV1' });
    const view = await alice.checklist.view();
    expect(view.runbooks.map((r) => [r.runbook, r.source, r.error])).toEqual([
      ['incident-checklist', 'default', undefined],
      ['recovery-verification', 'severity', undefined],
    ]);
    expect(view.done).toBe(0);
    expect(view.total).toBeGreaterThan(50);
  });

  it('ticking appends checklist.toggled with item, runbook and the file hash; unticking appends another', async () => {
    const alice = await responder('alice');
    const bob = await responder('bob');
    await alice.incidents.declare({ title: 'Checkout 502', severity: 'SEV2' });
    const ticked = await bob.checklist.toggle('triage/what-changed', true);
    const hash = (await alice.checklist.view()).runbooks[0]!.contentHash!;
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(ticked.event).toMatchObject({
      type: 'checklist.toggled',
      actor: 'bob',
      data: { runbook: 'incident-checklist', itemId: 'triage/what-changed-in-the-last-60', text: 'What changed in the last 60 minutes?', checked: true, contentHash: hash },
    });
    await expect(alice.checklist.toggle('triage/what-changed', true)).rejects.toThrow(/is already ticked \(ticked by bob at /);
    await alice.checklist.toggle('triage/what-changed', false);
    const view = await bob.checklist.view();
    const item = view.runbooks[0]!.sections[1]!.items.find((i) => i.id === 'triage/what-changed-in-the-last-60')!;
    expect(item).toMatchObject({ checked: false, tick: { by: 'alice', checked: false } });
    const events = JSON.parse(await readFile(join(dir, 'store.json'), 'utf8')).events;
    expect(events.filter((e: { type: string }) => e.type === 'checklist.toggled')).toHaveLength(2);
  });

  it('attaching records the runbook and its hash; its items can then be ticked', async () => {
    const alice = await responder('alice');
    await alice.incidents.declare({ title: 'DB errors', severity: 'SEV2' });
    const attached = await alice.checklist.attach('db-down.md');
    expect(attached.event.data).toEqual({ runbook: 'db-down', contentHash: attached.document.contentHash });
    await expect(alice.checklist.attach('db-down')).rejects.toThrow(/db-down is already attached to INC-1/);
    await expect(alice.checklist.attach('no-such-runbook')).rejects.toThrow(/no runbook "no-such-runbook" in /);
    await alice.checklist.toggle('db-down#confirm/database-answers', true);
    const db = (await alice.checklist.view()).runbooks.find((r) => r.runbook === 'db-down')!;
    expect(db).toMatchObject({ source: 'attached', title: 'Database down', done: 1, total: 3 });
  });

  it('a runbook edited during the incident: old ticks keep the old hash, removed ticked items are listed, new items appear', async () => {
    const alice = await responder('alice');
    await alice.incidents.declare({ title: 'DB errors', severity: 'SEV2' });
    const { document: v1 } = await alice.checklist.attach('db-down');
    await alice.checklist.toggle('confirm/database-answers', true);
    await alice.checklist.toggle('confirm/note-the-start-time', true);
    await writeFile(join(dir, 'runbooks', 'db-down.md'), DB_V1.replace('- [ ] Note the start time\n', '- [ ] Check replica lag\n'));
    const db = (await alice.checklist.view()).runbooks.find((r) => r.runbook === 'db-down')!;
    expect(db.contentHash).not.toBe(v1.contentHash);
    const items = db.sections.flatMap((s) => flattenItems(s.items));
    expect(items.map((i) => [i.id, i.checked, i.olderVersion, i.tick?.contentHash ?? null])).toEqual([
      ['confirm/database-answers', true, true, v1.contentHash],
      ['confirm/check-replica-lag', false, false, null],
      ['fix/restart-the-pool', false, false, null],
    ]);
    expect(db.removed.map((r) => [r.key, r.tick.contentHash])).toEqual([['db-down#confirm/note-the-start-time', v1.contentHash]]);
    const newTick = await alice.checklist.toggle('check-replica-lag', true);
    expect(newTick.event.data).toMatchObject({ contentHash: db.contentHash });
    await expect(alice.checklist.toggle('confirm/note-the-start-time', false)).rejects.toThrow(/no longer in the runbook file/);
  });

  it('a runbook deleted during the incident shows its error and keeps its recorded ticks', async () => {
    const alice = await responder('alice');
    await alice.incidents.declare({ title: 'DB errors', severity: 'SEV2' });
    await alice.checklist.attach('db-down');
    await alice.checklist.toggle('fix/restart-the-pool', true);
    await rm(join(dir, 'runbooks', 'db-down.md'));
    const db = (await alice.checklist.view()).runbooks.find((r) => r.runbook === 'db-down')!;
    expect(db.error).toMatch(/^no runbook "db-down" in /);
    expect(db.removed.map((r) => r.id)).toEqual(['fix/restart-the-pool']);
  });
});
