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
    expect(slackBody.text).toBe(json.updates[0].text);

    const retry = await box.run(['update', '--audience', 'customer', '--kind', 'initial', '--from-draft', '--post', 'chat']);
    expect(retry.code, retry.stderr).toBe(0);
    json = await updatesJson();
    expect(json.updates).toHaveLength(2);
    expect(json.drafts).toEqual([]);
    expect(json.due.map((d: { label: string }) => d.label)).toEqual(['internal update', 'public update']);
  });

  it('--post without names uses the audience defaults; --record logs an update sent by hand; text can come from stdin', async () => {
    const internal = await box.run(['update', '--audience', 'internal', '--text', '-', '--post'], {
      input: 'Checkout errors for all card payments. Rolling back v42. Next internal update by 04:15 UTC.\n',
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
