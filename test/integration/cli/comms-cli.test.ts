import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { createCliSandbox, type CliSandbox } from '../../helpers/cli.js';
import { startHttpReceiver, type HttpReceiver } from '../../helpers/http-receiver.js';

let receiver: HttpReceiver;
let box: CliSandbox;

beforeAll(async () => {
  receiver = await startHttpReceiver((request, response) => {
    if (request.path === '/broken') response.writeHead(500).end('nope');
    else response.writeHead(200).end('ok');
  });
});
afterAll(() => receiver.close());
beforeEach(async () => {
  box = await createCliSandbox(
    [
      'service: Example shop',
      'comms:',
      '  affectedFeature: Checkout',
      '  targets:',
      '    - { name: log, type: file, path: ops/status.md }',
      `    - { name: chat, type: slack, url: "${receiver.base}/chat" }`,
      `    - { name: hook, type: webhook, url: "${receiver.base}/broken" }`,
      '  defaultTargets:',
      '    internal: [chat]',
    ].join('\n'),
  );
  const declared = await box.run(['declare', '--title', 'Checkout 502', '--severity', 'SEV1', '--impact', 'Card payments fail for all customers']);
  expect(declared.code, declared.stderr).toBe(0);
});
afterEach(() => box.cleanup());

const updatesJson = async () => JSON.parse((await box.run(['updates', '--json'])).stdout);

describe('warroom update / updates / breach (built CLI)', () => {
  it('without --post prints the filled template as a preview and records nothing', async () => {
    const preview = await box.run(['update', '--audience', 'customer']);
    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toMatch(/^\*\*Checkout: we are investigating a problem\*\*\n/);
    expect(preview.stdout).toContain('Impact: Card payments fail for all customers');
    expect(preview.stderr).toContain('not posted (preview)');
    expect((await updatesJson()).updates).toEqual([]);
  });

  it('lint warnings stop the post and keep the text; --from-draft --force posts it and records the override', async () => {
    const text = 'Checkout fails for everyone. It will be fixed in 10 minutes.';
    const blocked = await box.run(['update', '--audience', 'customer', '--text', text, '--post', 'log']);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('warning: line 1: promised-fix-time');
    expect(blocked.stderr).toContain('warning: missing-next-update');
    expect((await updatesJson()).drafts).toMatchObject([{ kind: 'initial', audience: 'customer', text }]);

    const forced = await box.run(['update', '--audience', 'customer', '--kind', 'initial', '--from-draft', '--post', 'log', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    const json = await updatesJson();
    expect(json.updates).toMatchObject([{ kind: 'initial', audience: 'customer', text, delivered: true, overriddenWarnings: ['promised-fix-time', 'missing-next-update'] }]);
    expect(json.drafts).toEqual([]);
    expect(await readFile(join(box.dir, 'ops', 'status.md'), 'utf8')).toContain(text);
  });

  it('a post from the template leaves a different draft typed earlier in place, says so, and that draft posts next', async () => {
    const typed = 'Checkout fails for all customers paying by card. Next update in 30 minutes.';
    expect((await box.run(['update', '--audience', 'customer', '--kind', 'initial', '--text', typed])).code).toBe(0);
    const fromTemplate = await box.run(['update', '--audience', 'customer', '--kind', 'initial', '--from-template', '--post', 'log']);
    expect(fromTemplate.code, fromTemplate.stderr).toBe(0);
    expect(fromTemplate.stderr).toMatch(/note: the initial\/customer draft kept at \S+ was not used and is still kept: warroom update --incident INC-1 --kind initial --audience customer --from-draft posts it/);
    let json = await updatesJson();
    expect(json.updates[0].text).toContain('we are investigating a problem');
    expect(json.drafts).toMatchObject([{ kind: 'initial', audience: 'customer', text: typed }]);

    // Refused for lint warnings (the template's impact gap), the typed draft is still not replaced.
    expect((await box.run(['declare', '--title', 'Search slow', '--severity', 'SEV2'])).code).toBe(0);
    expect((await box.run(['--incident', 'INC-2', 'update', '--audience', 'customer', '--text', typed])).code).toBe(0);
    const refused = await box.run(['--incident', 'INC-2', 'update', '--audience', 'customer', '--from-template', '--post', 'log']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('warning: line 4: empty-impact');
    expect(refused.stderr).toMatch(/The draft kept at \S+ is left as it was: warroom update --incident INC-2 --kind initial --audience customer --from-draft uses it/);
    expect((await updatesJson()).drafts).toMatchObject([{ kind: 'initial', audience: 'customer', text: typed }]);
    expect(JSON.parse((await box.run(['--incident', 'INC-1', 'updates', '--json'])).stdout).drafts).toMatchObject([{ text: typed }]);

    const kept = await box.run(['update', '--incident', 'INC-1', '--audience', 'customer', '--kind', 'initial', '--post', 'log']);
    expect(kept.code, kept.stderr).toBe(0);
    json = JSON.parse((await box.run(['--incident', 'INC-1', 'updates', '--json'])).stdout);
    expect(json.updates.map((u: { text: string }) => u.text)).toContain(typed);
    expect(json.drafts).toEqual([]);
  });

  it('a kept draft sent later gets a next-update time still ahead; a typed time that has passed is a lint warning', async () => {
    const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);
    const past = hhmm(Date.now() - 3 * 3_600_000);
    const typed = `Checkout fails for all card payments.\nNext update by ${past} UTC.`;
    const blocked = await box.run(['update', '--audience', 'customer', '--text', typed, '--post', 'log']);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain(`warning: line 2: past-next-update: the next-update time has already passed (it is `);
    expect(blocked.stderr).toContain(`("${past} UTC")`);
    expect((await updatesJson()).drafts).toMatchObject([{ text: typed }]);

    const sent = await box.run(['update', '--audience', 'customer', '--kind', 'initial', '--post', 'log']);
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stderr).toMatch(new RegExp(`note: the next-update time ${past} UTC in the kept draft has passed; it now says (\\S+ )?\\d\\d:\\d\\d UTC \\(the cadence from now\\)`));
    const [update] = (await updatesJson()).updates;
    expect(update.text).not.toContain(`${past} UTC`);
    const next = /Next update by (?:(\d{4}-\d\d-\d\d) )?(\d\d:\d\d) UTC\./.exec(update.text);
    const dueMs = Date.parse(`${next![1] ?? new Date().toISOString().slice(0, 10)}T${next![2]}:00Z`);
    // SEV1 customers: every 30 minutes from now (the date may roll over at midnight).
    expect(Math.abs(((dueMs - Date.now()) % 86_400_000 + 86_400_000) % 86_400_000 - 30 * 60_000)).toBeLessThan(2 * 60_000);
  });

  it('posts to several targets: each result is recorded, a failure exits 1 and keeps the draft, a retry clears it', async () => {
    const posted = await box.run(['update', '--audience', 'customer', '--from-template', '--post', 'log', 'chat', 'hook']);
    expect(posted.code).toBe(1);
    expect(posted.stdout).toContain('  ok    log: appended to');
    expect(posted.stdout).toContain('  ok    chat: HTTP 200 OK');
    expect(posted.stdout).toContain('  FAIL  hook: HTTP 500 Internal Server Error');
    expect(posted.stderr).toContain('--from-draft --post hook');
    let json = await updatesJson();
    expect(json.updates[0].targets.map((t: { target: string; ok: boolean }) => `${t.target}:${t.ok}`)).toEqual(['log:true', 'chat:true', 'hook:false']);
    expect(json.drafts).toHaveLength(1);
    const slackBody = JSON.parse(receiver.received.filter((r) => r.path === '/chat').at(-1)!.body);
    // The same text, its **bold** title in Slack's *bold*.
    expect(slackBody.text).toBe(json.updates[0].text.replaceAll('**', '*'));

    const retry = await box.run(['update', '--audience', 'customer', '--kind', 'initial', '--from-draft', '--post', 'chat']);
    expect(retry.code, retry.stderr).toBe(0);
    json = await updatesJson();
    expect(json.updates).toHaveLength(2);
    expect(json.drafts).toEqual([]);
    expect(json.due.map((d: { label: string }) => d.label)).toEqual(['internal update', 'public update']);
  });

  it('--post without names uses the audience defaults; --record logs an update sent by hand; text can come from stdin', async () => {
    const internal = await box.run(['update', '--audience', 'internal', '--text', '-', '--post'], {
      input: 'Checkout errors for all card payments. Rolling back v42. Next internal update in 30 minutes.\n',
    });
    expect(internal.code, internal.stderr).toBe(0);
    expect(internal.stdout).toContain('  ok    chat:');
    const byHand = await box.run(['update', '--audience', 'customer', '--record', '--force', '--text', 'Posted on the status page by hand.']);
    expect(byHand.code, byHand.stderr).toBe(0);
    const history = await box.run(['updates']);
    expect(history.stdout).toContain('initial/internal  by tester');
    expect(history.stdout).toContain('-> sent by hand');
  });

  it('usage errors exit 2 and name what is wrong', async () => {
    const unknown = await box.run(['update', '--audience', 'customer', '--text', 'x', '--post', 'sms', '--force']);
    expect(unknown).toMatchObject({ code: 2, stderr: 'warroom: unknown target "sms"; configured targets: log, chat, hook\n' });
    const noDefaults = await box.run(['update', '--audience', 'customer', '--from-template', '--post']);
    expect(noDefaults.code).toBe(2);
    expect(noDefaults.stderr).toContain('--post without names needs comms.defaultTargets.customer');
    expect((await box.run(['update', '--audience', 'public'])).stderr).toContain('unknown audience "public"');
    expect((await box.run(['update', '--audience', 'customer', '--text', 'x', '--from-template'])).code).toBe(2);
  });

  it('breach on starts the 72-hour countdown, off clears it, and a repeated flag is refused', async () => {
    const on = await box.run(['breach', 'on']);
    expect(on.code, on.stderr).toBe(0);
    expect(on.stdout).toMatch(/INC-1: possible personal-data breach; notify the supervisory authority by \d{4}-\d\d-\d\d \d\d:\d\d UTC \(72 hours from detection\)/);
    expect(on.stdout).toMatch(/regulator notification in 71h 5\dm/);
    expect((await box.run(['breach', 'on'])).code).toBe(1);
    expect((await box.run(['breach', 'off'])).stdout).toBe('INC-1: not flagged as a possible personal-data breach\n');
    expect((await box.run(['breach', 'maybe'])).code).toBe(2);
  });
});
