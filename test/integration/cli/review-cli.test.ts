/** The built CLI: verify (tamper evidence), follow-ups, export and stats, as an on-call engineer runs them. */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCliSandbox, type CliSandbox } from '../../helpers/cli.js';

let box: CliSandbox;
beforeEach(async () => {
  box = await createCliSandbox('service: shop\nexport:\n  postmortemDir: ops/postmortems\n');
});
afterEach(async () => {
  await box.cleanup();
});

async function ok(args: string[]): Promise<string> {
  const result = await box.run(args);
  expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
  return result.stdout;
}

describe('warroom verify', () => {
  it('reports an intact chain with its head, then the first broken link after an event is edited in the file', async () => {
    await ok(['declare', '--title', 'API 500s', '--severity', 'SEV2']);
    await ok(['note', 'restarted worker pool']);
    await ok(['ack']);
    const stored = JSON.parse(await readFile(box.storePath, 'utf8')) as { events: { hash: string }[] };
    const head = stored.events.at(-1)!.hash;
    expect(await ok(['verify'])).toBe(`chain intact, 4 events, head ${head}\n`);

    const text = await readFile(box.storePath, 'utf8');
    await writeFile(box.storePath, text.replace('restarted worker pool', 'restarted web pool'));
    const tampered = await box.run(['verify']);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(/^chain broken at seq 3 \(evt-000003\): content does not match its hash; /);
  });

  it('finds a removed event by the broken sequence', async () => {
    await ok(['declare', '--title', 'API 500s', '--severity', 'SEV3']);
    await ok(['note', 'one']);
    await ok(['note', 'two']);
    const lines = (await readFile(box.storePath, 'utf8')).split('\n');
    const withoutSecond = lines.filter((line) => !line.includes('"seq":2,')).join('\n');
    await writeFile(box.storePath, withoutSecond);
    const result = await box.run(['verify', '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, count: 2, brokenAt: { seq: 3, reason: 'expected seq 2' } });
  });
});

describe('warroom followup', () => {
  it('adds, lists and closes action items with per-incident ids, validating priority and date', async () => {
    await ok(['declare', '--title', 'Queue backlog', '--severity', 'SEV2']);
    const badPriority = await box.run(['followup', 'add', 'x', '--priority', 'P0']);
    expect(badPriority).toMatchObject({ code: 2, stderr: 'warroom: --priority "P0" is not a priority: use P1, P2, P3 (P1 most urgent)\n' });
    const badDate = await box.run(['followup', 'add', 'x', '--due', '2030-13-01']);
    expect(badDate).toMatchObject({ code: 2, stderr: 'warroom: --due "2030-13-01" is not a calendar date\n' });

    expect(await ok(['followup', 'add', 'Alert', 'on', 'queue', 'age', '--owner', 'bob', '--due', '2099-01-31', '--priority', 'P1'])).toBe('INC-1: follow-up F-1 added\n');
    expect(await ok(['followup', 'add', 'Autoscale workers'])).toBe('INC-1: follow-up F-2 added\n');
    await ok(['resolve', '--reason', 'verified by hand']);
    // After resolution the same commands still reach the incident just resolved.
    expect(await ok(['followup', 'close', '2', '--note', 'done'])).toBe('INC-1: follow-up F-2 closed\n');
    const open = await ok(['followup', 'list']);
    expect(open).toContain('F-1   P1  open              due 2099-01-31 bob          Alert on queue age');
    expect(open).not.toContain('F-2');
    const all = JSON.parse(await ok(['followup', 'list', '--all', '--json'])) as { id: string; status: string }[];
    expect(all.map((f) => `${f.id}:${f.status}`)).toEqual(['F-1:open', 'F-2:closed']);
    const again = await box.run(['followup', 'close', 'F-2']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/F-2 of INC-1 was already closed at /);
  });
});

describe('warroom export and stats', () => {
  it('exports the resolved incident into the configured directory beside the config, and records it', async () => {
    await ok(['declare', '--title', 'Login fails', '--severity', 'SEV1', '--impact', 'all logins; password=Hunter2Planted']);
    await ok(['resolve', '--note', 'rolled back', '--reason', 'verified by hand']);
    const out = await ok(['export', '--format', 'both']);
    const date = new Date().toISOString().slice(0, 10);
    const md = join(box.dir, 'ops', 'postmortems', `${date}-login-fails.md`);
    expect(out).toBe(`INC-1: postmortem draft written to ${md}\nINC-1: JSON export written to ${md.replace(/\.md$/, '.json')}\n`);
    const markdown = await readFile(md, 'utf8');
    expect(markdown).toMatch(/^# Postmortem: Login fails\n/);
    expect(markdown).not.toContain('Hunter2Planted');
    const status = JSON.parse(await ok(['status', '--incident', 'INC-1', '--json']));
    expect(status.events.at(-1)).toMatchObject({ type: 'postmortem.exported', data: { path: `ops/postmortems/${date}-login-fails.md` } });
    expect(existsSync(md.replace(/\.md$/, '-2.md'))).toBe(false);
    await ok(['export']);
    expect(existsSync(md.replace(/\.md$/, '-2.md'))).toBe(true);
    const bad = await box.run(['export', '--format', 'pdf']);
    expect(bad.code).toBe(2);
  });

  it('prints metrics against the targets, as text and JSON, and rejects a bad --since', async () => {
    await ok(['declare', '--title', 'Slow search', '--severity', 'SEV2']);
    await ok(['ack']);
    await ok(['resolve', '--reason', 'verified by hand']);
    const text = await ok(['stats']);
    expect(text).toContain('Incidents (all time): 1, 0 open');
    expect(text).toMatch(/SEV2 \(1\)\n {4}MTTA +median \d+s/);
    expect(text).toContain('postmortems within 48 h (SEV1/SEV2): — (0 of 0, 1 not yet due)  target 100%  (no data)');
    const json = JSON.parse(await ok(['stats', '--json', '--since', '7d']));
    expect(json.incidents.bySeverity).toEqual({ SEV1: 0, SEV2: 1, SEV3: 0, SEV4: 0 });
    expect(json.times[0].mtta.targetMinutes).toBe(5);
    const bad = await box.run(['stats', '--since', 'lately']);
    expect(bad).toMatchObject({ code: 2, stderr: 'warroom: --since "lately" is not a duration: use e.g. 30d, 12w, 48h\n' });
  });
});
