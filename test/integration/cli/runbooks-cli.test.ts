import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCliSandbox, type CliSandbox } from '../../helpers/cli.js';

let box: CliSandbox | undefined;
afterEach(async () => {
  await box?.cleanup();
  box = undefined;
});

interface JsonItem { id: string; key: string; checked: boolean; tick?: { by: string; contentHash: string }; children: JsonItem[] }
interface JsonView { incidentId: string; done: number; total: number; runbooks: { runbook: string; source: string; contentHash: string; sections: { id: string; done: number; total: number; items: JsonItem[] }[] }[] }

function allItems(view: JsonView): JsonItem[] {
  const walk = (items: JsonItem[]): JsonItem[] => items.flatMap((i) => [i, ...walk(i.children)]);
  return view.runbooks.flatMap((r) => r.sections.flatMap((s) => walk(s.items)));
}

async function declared(configYaml?: string): Promise<CliSandbox> {
  const sandbox = await createCliSandbox(configYaml);
  const result = await sandbox.run(['declare', '--title', 'Checkout 502', '--severity', 'SEV2']);
  expect(result.code, result.stderr).toBe(0);
  return sandbox;
}

describe('warroom runbooks / runbook', () => {
  it('with no config, lists the shipped runbooks and prints one; a missing one exits 2 naming it', async () => {
    box = await createCliSandbox();
    const list = await box.run(['runbooks']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^NAME +KIND +FROM +TITLE\n/);
    expect(list.stdout).toMatch(/\nincident-checklist +50 items +shipped +Incident checklist\n/);
    expect(list.stdout).toMatch(/\nrollback-rules +document +shipped +Rollback rules\n/);
    const json = JSON.parse((await box.run(['runbooks', '--json'])).stdout);
    expect(json).toHaveLength(13);
    const printed = await box.run(['runbook', 'rollback-rules.md']);
    expect(printed.stdout).toMatch(/^# Rollback rules\n\nDecide these rules/);
    const missing = await box.run(['runbook', 'no-such']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^warroom: no runbook "no-such" in .*runbooks; `warroom runbooks` lists them\n$/);
  });

  it('a team runbook with duplicate texts and HTML prints with warnings on stderr; --json gives the parsed items', async () => {
    box = await createCliSandbox('runbooks:\n  dir: ops\n');
    await mkdir(join(box.dir, 'ops'));
    await writeFile(join(box.dir, 'ops', 'search.md'), '# Search\n## Check\n- [ ] Check logs\n- [ ] Check logs\n- [ ] Reindex <b>now</b>\n');
    const printed = await box.run(['runbook', 'search']);
    expect(printed.code).toBe(0);
    expect(printed.stderr).toBe(
      `warroom: ${join(box.dir, 'ops', 'search.md')}:4: item "Check logs" repeats line 3 in the same section; its id is check/check-logs-2\n` +
        `warroom: ${join(box.dir, 'ops', 'search.md')}:5: raw HTML in item "Reindex now" is left out of the checklist; use markdown\n`,
    );
    const json = JSON.parse((await box.run(['runbook', 'search', '--json'])).stdout);
    expect(json.items.map((i: { id: string }) => i.id)).toEqual(['check/check-logs', 'check/check-logs-2', 'check/reindex-now']);
    expect(json.contentHash).toMatch(/^sha256:/);
    expect((await box.run(['runbooks'])).stdout).toMatch(/\nsearch +3 items +team +Search\n/);
  });

  it('a configured runbooks directory that does not exist exits 2 naming it and the config file', async () => {
    box = await createCliSandbox('runbooks:\n  dir: nowhere\n');
    const result = await box.run(['runbooks']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`warroom: runbooks.dir ${join(box.dir, 'nowhere')} does not exist (set in ${box.configPath})\n`);
  });
});

describe('warroom checklist / tick / attach', () => {
  it('shows the checklist with ids and progress, ticks and unticks, and attaches runbooks', async () => {
    box = await declared();
    const before = await box.run(['checklist']);
    expect(before.stdout).toMatch(/^INC-1 checklist: 0\/50 done\n\nIncident checklist \(incident-checklist, default\) {2}0\/50\n {2}1\. Acknowledge {2}0\/6\n/);
    expect(before.stdout).toContain('    [ ] triage/what-changed-in-the-last-60  What changed in the last 60 minutes?\n');
    expect(before.stdout).toContain('        [ ] triage/redis-answers  Redis answers [check:redis]\n');

    const tick = await box.run(['tick', 'triage/what-changed'], { env: { WARROOM_ACTOR: 'alice' } });
    expect(tick).toMatchObject({ code: 0, stdout: 'INC-1: ticked incident-checklist#triage/what-changed-in-the-last-60  What changed in the last 60 minutes?\n' });
    const again = await box.run(['tick', 'triage/what-changed']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/is already ticked \(ticked by alice at /);
    expect((await box.run(['tick', 'triage/wh'])).stderr).toMatch(/matches several items/);

    const attach = await box.run(['attach', 'worker-backlog']);
    expect(attach.stdout).toMatch(/^INC-1: attached worker-backlog "Background worker backlog" \(17 items; version [0-9a-f]{12}\)\n$/);
    expect((await box.run(['attach', 'rollback-rules'])).stdout).toMatch(/\(a document, nothing to tick; version /);
    expect((await box.run(['attach', 'nothing-here'])).code).toBe(2);
    await box.run(['tick', 'worker-backlog#confirm/redis']);

    const view = JSON.parse((await box.run(['checklist', '--json'])).stdout) as JsonView;
    expect(view.runbooks.map((r) => `${r.runbook}:${r.source}`)).toEqual(['incident-checklist:default', 'worker-backlog:attached', 'rollback-rules:attached']);
    expect(view.done).toBe(2);
    expect(view.runbooks[1]!.sections[0]).toMatchObject({ id: 'confirm', done: 1, total: 3 });
    const text = await box.run(['checklist']);
    expect(text.stdout).toContain('Rollback rules (rollback-rules, attached): a document, nothing to tick (`warroom runbook rollback-rules`)');

    const undo = await box.run(['tick', '--undo', 'what-changed-in-the-last-60']);
    expect(undo.stdout).toBe('INC-1: unticked incident-checklist#triage/what-changed-in-the-last-60  What changed in the last 60 minutes?\n');
    const store = JSON.parse(await readFile(box.storePath, 'utf8'));
    const toggles = store.events.filter((e: { type: string }) => e.type === 'checklist.toggled');
    expect(toggles.map((e: { actor: string; data: { checked: boolean } }) => `${e.actor}:${e.data.checked}`)).toEqual(['alice:true', 'tester:true', 'tester:false']);
    expect(toggles[0].data.contentHash).toBe(view.runbooks[0]!.contentHash);
  });

  it('bySeverity runbooks join the checklist; an edited team runbook keeps old ticks on the old hash and lists removed items', async () => {
    box = await declared('runbooks:\n  dir: ops\n  checklist: ""\n  bySeverity:\n    SEV2: [db.md]\n');
    await mkdir(join(box.dir, 'ops'), { recursive: true });
    await writeFile(join(box.dir, 'ops', 'db.md'), '# Db\n## Confirm\n- [ ] Database answers\n- [ ] Note the start\n');
    await box.run(['tick', 'confirm/database-answers']);
    await box.run(['tick', 'confirm/note-the-start']);
    const v1 = JSON.parse((await box.run(['checklist', '--json'])).stdout) as JsonView;
    await writeFile(join(box.dir, 'ops', 'db.md'), '# Db\n## Confirm\n- [ ] Database answers\n- [ ] Replica lag is small\n');
    const v2 = JSON.parse((await box.run(['checklist', '--json'])).stdout) as JsonView & { runbooks: { removed: { id: string }[] }[] };
    expect(v2.runbooks.map((r) => `${r.runbook}:${r.source}`)).toEqual(['db:severity']);
    expect(allItems(v2).map((i) => [i.id, i.checked, i.tick?.contentHash === v1.runbooks[0]!.contentHash])).toEqual([
      ['confirm/database-answers', true, true],
      ['confirm/replica-lag-is-small', false, false],
    ]);
    expect(v2.runbooks[0]!.removed.map((r) => r.id)).toEqual(['confirm/note-the-start']);
    const text = (await box.run(['checklist'])).stdout;
    expect(text).toMatch(/\[x\] confirm\/database-answers {2}Database answers \(ticked by tester at \d\d:\d\d:\d\dZ, on version [0-9a-f]{12}\)/);
    expect(text).toMatch(/Removed from the file since they were ticked\n {4}\[x\] confirm\/note-the-start {2}Note the start \(ticked by tester/);
  });

  it('two responders ticking different items at the same time: every tick is recorded and both read the same final state', async () => {
    box = await declared();
    const sandbox = box;
    const alice = ['acknowledge/acknowledge-the-page', 'acknowledge/name-an-incident', 'triage/what-is-broken', 'triage/redis-answers', 'stabilise/a-feature-flag', 'investigate/read-the-application', 'communicate/no-promised-fix', 'resolve/lift-the-deploy'];
    const bob = ['acknowledge/fill-the-other', 'acknowledge/freeze-every', 'triage/who-is-affected', 'triage/the-hosts-have-disk', 'stabilise/app-servers', 'investigate/read-the-reverse', 'communicate/sev1-leadership', 'postmortem/keep-it-blameless'];
    const runAs = async (actor: string, ids: string[]) => {
      const codes: number[] = [];
      for (const id of ids) {
        const result = await sandbox.run(['tick', id], { env: { WARROOM_ACTOR: actor } });
        expect(result.stderr).toBe('');
        codes.push(result.code);
      }
      return codes;
    };
    const [aliceCodes, bobCodes] = await Promise.all([runAs('alice', alice), runAs('bob', bob)]);
    expect([...aliceCodes, ...bobCodes].every((code) => code === 0)).toBe(true);

    const [fromAlice, fromBob] = await Promise.all([
      sandbox.run(['checklist', '--json'], { env: { WARROOM_ACTOR: 'alice' } }),
      sandbox.run(['checklist', '--json'], { env: { WARROOM_ACTOR: 'bob' } }),
    ]);
    expect(fromAlice.stdout).toBe(fromBob.stdout);
    const view = JSON.parse(fromAlice.stdout) as JsonView;
    expect(view.done).toBe(16);
    const ticked = allItems(view).filter((i) => i.checked);
    expect(ticked.filter((i) => i.tick!.by === 'alice')).toHaveLength(8);
    expect(ticked.filter((i) => i.tick!.by === 'bob')).toHaveLength(8);
    const store = JSON.parse(await readFile(sandbox.storePath, 'utf8'));
    expect(store.events.filter((e: { type: string }) => e.type === 'checklist.toggled')).toHaveLength(16);
    expect(store.events.map((e: { seq: number }) => e.seq)).toEqual(store.events.map((_: unknown, i: number) => i + 1));
  });

  it('two responders ticking the same item at the same time: one tick is recorded, the other is told who was first', async () => {
    box = await declared();
    const [a, b] = await Promise.all([
      box.run(['tick', 'triage/what-is-broken'], { env: { WARROOM_ACTOR: 'alice' } }),
      box.run(['tick', 'triage/what-is-broken'], { env: { WARROOM_ACTOR: 'bob' } }),
    ]);
    expect([a.code, b.code].sort()).toEqual([0, 1]);
    const loser = a.code === 1 ? a : b;
    expect(loser.stderr).toMatch(/is already ticked \(ticked by (alice|bob) at /);
    const store = JSON.parse(await readFile(box.storePath, 'utf8'));
    expect(store.events.filter((e: { type: string }) => e.type === 'checklist.toggled')).toHaveLength(1);
  });
});
