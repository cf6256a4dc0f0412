/**
 * The built CLI after the incident, as an on-call engineer runs it: verify (tamper evidence),
 * follow-ups, export and stats, tags and root cause (repeats), the "postmortem done" milestone, reopening.
 */
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

const json = async (args: string[]) => JSON.parse(await ok([...args, '--json']));

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

describe('warroom verify --head', () => {
  it('checks the store against the head a postmortem recorded: later events are fine, cutting events off the end is caught', async () => {
    await ok(['declare', '--title', 'API 500s', '--severity', 'SEV3']);
    await ok(['note', 'one']);
    await ok(['resolve', '--reason', 'verified by hand', '--skip-checks']);
    const written = (await ok(['export'])).match(/written to (\S+)/)![1]!;
    const command = /`warroom verify --head ([0-9a-f]{64})`/.exec(await readFile(written, 'utf8'));
    expect(command, 'the postmortem names the command to run').not.toBeNull();
    const head = command![1]!;
    const stored = () => readFile(box.storePath, 'utf8').then((t) => JSON.parse(t) as { events: { seq: number; hash: string }[] });
    const seq = (await stored()).events.find((e) => e.hash === head)!.seq;

    // The export itself and a later follow-up come after the head: still fine.
    await ok(['followup', 'add', 'Alert on 5xx rate']);
    const total = (await stored()).events.length;
    expect(await ok(['verify', '--head', head])).toBe(`chain intact up to head ${head}: seq ${seq} of ${total}; ${total - seq} event(s) after it, intact too\n`);
    expect(JSON.parse(await ok(['verify', '--head', head.toUpperCase(), '--json']))).toMatchObject({ ok: true, head, seq, count: total, after: total - seq });

    // Cut the last events off by hand: the shorter chain still links, only the recorded head shows it.
    const cut = await stored();
    await writeFile(box.storePath, JSON.stringify({ ...cut, events: cut.events.slice(0, seq - 1) }));
    expect(await ok(['verify'])).toMatch(/^chain intact, \d+ events, head /);
    const truncated = await box.run(['verify', '--head', head]);
    expect(truncated.code).toBe(1);
    expect(truncated.stdout).toMatch(new RegExp(`^head ${head} is not in .*store\\.json \\(${seq - 1} events, head [0-9a-f]{64}\\): events were cut off the end of the store or rewritten`));

    const badHead = await box.run(['verify', '--head', 'abc123']);
    expect(badHead).toMatchObject({ code: 2, stderr: 'warroom: --head "abc123" is not a chain head: give the 64-character hex hash as the postmortem prints it\n' });
  });

  it('reports an edited event at or before the head as breaking the events up to it', async () => {
    await ok(['declare', '--title', 'API 500s', '--severity', 'SEV3']);
    await ok(['note', 'restarted worker pool']);
    const { events } = JSON.parse(await readFile(box.storePath, 'utf8')) as { events: { hash: string }[] };
    const head = events.at(-1)!.hash;
    await writeFile(box.storePath, (await readFile(box.storePath, 'utf8')).replace('restarted worker pool', 'restarted web pool'));
    const result = await box.run(['verify', '--head', head]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`chain broken at seq 2 (evt-000002): content does not match its hash; the events up to head ${head} (seq 2) are not intact\n`);
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
    expect(text).toContain('postmortems done within 48 h (SEV1/SEV2): — (0 of 0, 1 not yet due)  target 100%  (no data)');
    const json = JSON.parse(await ok(['stats', '--json', '--since', '7d']));
    expect(json.incidents.bySeverity).toEqual({ SEV1: 0, SEV2: 1, SEV3: 0, SEV4: 0 });
    expect(json.times[0].mtta.targetMinutes).toBe(5);
    const bad = await box.run(['stats', '--since', 'lately']);
    expect(bad).toMatchObject({ code: 2, stderr: 'warroom: --since "lately" is not a duration: use e.g. 30d, 12w, 48h\n' });
  });
});

describe('tags and root cause', () => {
  it('declare --tag and edit set them; a later incident sharing one is a repeat in stats; both exports carry them', async () => {
    await ok(['declare', '--title', 'Checkout 502', '--severity', 'SEV2', '--tag', 'checkout', '--tag', 'Payments,db-pool']);
    await ok(['resolve', '--reason', 'verified by hand', '--skip-checks']);
    // After resolution, without --incident, edit reaches the incident just resolved.
    expect(await ok(['edit', '--root-cause', 'DB pool exhaustion', '--untag', 'payments'])).toBe('INC-1: root cause: DB pool exhaustion\nINC-1: tags: checkout, db-pool\n');
    expect(await json(['status', '--incident', 'INC-1'])).toMatchObject({ tags: ['checkout', 'db-pool'], rootCause: 'DB pool exhaustion' });
    expect(await ok(['status', '--incident', 'INC-1'])).toContain('  root cause: DB pool exhaustion\n  tags: checkout, db-pool\n');

    const markdown = await readFile((await ok(['export'])).match(/written to (\S+)/)![1]!, 'utf8');
    expect(markdown).toContain('- **Tags:** checkout, db-pool');
    expect(markdown).toMatch(/### Root cause\n\nDB pool exhaustion\n/);
    const exported = JSON.parse(await ok(['export', '--format', 'json', '--out', '-']));
    expect(exported.incident).toMatchObject({ tags: ['checkout', 'db-pool'], rootCause: 'DB pool exhaustion' });

    await ok(['declare', '--title', 'Orders time out', '--severity', 'SEV2']);
    expect((await json(['stats'])).repeats.repeats).toEqual([]);
    await ok(['edit', '--root-cause', ' db pool   EXHAUSTION ']);
    expect((await json(['stats'])).repeats.repeats).toEqual([{ id: 'INC-2', of: 'INC-1', sharedBy: 'root cause db pool exhaustion' }]);
    await ok(['declare', '--title', 'Cart empty', '--severity', 'SEV3', '--tag', 'checkout']);
    const stats = await ok(['stats']);
    expect(stats).toContain('INC-3 repeats INC-1 (tag checkout)');
    expect(stats).toMatch(/repeat incidents within 90 days: 66\.7% \(2 of 3\)/);
  });

  it('refuses edits that change nothing or are unusable, naming the value', async () => {
    await ok(['declare', '--title', 'Search slow', '--severity', 'SEV3', '--tag', 'search']);
    expect(await box.run(['edit'])).toMatchObject({ code: 2, stderr: 'warroom: say what to change: --root-cause, --tag, --untag, --title, --summary, --impact or --detected-at\n' });
    expect(await box.run(['edit', '--tag', 'two words'])).toMatchObject({
      code: 2,
      stderr: 'warroom: tag "two words" is not usable: letters, digits and . _ : / - only, up to 40 characters (for several words use hyphens: two-words)\n',
    });
    expect(await box.run(['edit', '--untag', 'db'])).toMatchObject({ code: 2, stderr: 'warroom: INC-1 has no tag db (its tags: search)\n' });
    expect(await box.run(['edit', '--tag', 'search'])).toMatchObject({ code: 1, stderr: 'warroom: nothing changes: INC-1 already has those values\n' });
    expect((await box.run(['declare', '--title', 'x', '--severity', 'SEV3', '--tag', 'bad tag!'])).code).toBe(2);
  });
});

describe('warroom postmortem done', () => {
  it('is the milestone the 48-hour rate counts: a draft export alone is not', async () => {
    await ok(['declare', '--title', 'Login fails', '--severity', 'SEV1']);
    expect(await box.run(['postmortem', 'done'])).toMatchObject({ code: 1, stderr: 'warroom: no resolved incident: a postmortem is done after `warroom resolve`\n' });
    await ok(['resolve', '--reason', 'verified by hand', '--skip-checks']);
    await ok(['export']);
    const draftOnly = (await json(['stats'])).postmortems;
    expect(draftOnly).toMatchObject({ met: 0, pending: 1 });
    expect((await json(['status', '--incident', 'INC-1'])).milestones.postmortemDone).toBeUndefined();

    expect(await ok(['postmortem', 'done', '--link', 'ops/postmortems/final.md'])).toMatch(/^INC-1: postmortem done at \S+Z, \d+s after resolution\n$/);
    expect((await json(['stats'])).postmortems).toMatchObject({ eligible: 1, met: 1, pending: 0, percent: 100 });
    const status = await json(['status', '--incident', 'INC-1']);
    expect(status.events.at(-1)).toMatchObject({ type: 'postmortem.completed', data: { link: 'ops/postmortems/final.md' } });
    expect(status.milestones.postmortemDone).toBe(status.events.at(-1).at);
    expect(await box.run(['postmortem', 'done'])).toMatchObject({ code: 1 });
    expect((await box.run(['postmortem', 'done'])).stderr).toMatch(/^warroom: INC-1: the postmortem was already marked done at /);
  });
});

describe('warroom reopen', () => {
  it('puts a resolved incident back to investigating, refreezes deploys for its severity, and keeps the resolution on the timeline', async () => {
    await ok(['declare', '--title', 'Payments fail', '--severity', 'SEV1']);
    await ok(['resolve', '--reason', 'verified by hand', '--skip-checks']);
    const freeze = async () => JSON.parse((await box.run(['freeze', 'status', '--json'])).stdout).frozen as boolean;
    expect(await freeze()).toBe(false);
    expect(await ok(['reopen', '--reason', 'errors are back'])).toBe(
      'INC-1: reopened, status investigating (the earlier resolution stays on the timeline)\nINC-1: deploys frozen again (SEV1)\n',
    );
    const status = await json(['status']);
    expect(status).toMatchObject({ id: 'INC-1', status: 'investigating', frozen: true });
    expect(status.milestones.resolved).toBeUndefined();
    expect(status.events.map((e: { type: string }) => e.type).slice(-4)).toEqual(['incident.resolved', 'freeze.changed', 'incident.reopened', 'freeze.changed']);
    expect(status.events.at(-2).data).toEqual({ reason: 'errors are back' });
    expect(await freeze()).toBe(true);
    // Notes go in again; a second reopen is refused.
    await ok(['note', 'cache warmed; errors return']);
    expect(await box.run(['reopen'])).toMatchObject({ code: 1, stderr: 'warroom: no resolved incident to reopen; `warroom list` shows them\n' });
    expect(await box.run(['reopen', '--incident', 'INC-1'])).toMatchObject({ code: 1, stderr: 'warroom: INC-1 is not resolved (it is investigating); nothing to reopen\n' });
    await ok(['resolve', '--reason', 'fixed for real', '--skip-checks']);
    expect((await json(['status', '--incident', 'INC-1'])).status).toBe('resolved');
  });
});
