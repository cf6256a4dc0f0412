import { mkdtemp, readFile, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandTarget } from '../../../src/comms/targets/command-target.js';
import { fileTarget } from '../../../src/comms/targets/file-target.js';
import type { UpdateMessage } from '../../../src/comms/targets/target.js';
import { jsonWebhookTarget, slackTarget } from '../../../src/comms/targets/webhook-targets.js';
import { closedPort, startHttpReceiver, type HttpReceiver } from '../../helpers/http-receiver.js';

const message: UpdateMessage = {
  incidentId: 'INC-7',
  title: 'Checkout returns 502',
  severity: 'SEV1',
  status: 'identified',
  service: 'Example shop',
  kind: 'update',
  audience: 'customer',
  text: 'Card payments fail for some customers <!channel> & more.\nNext update by 03:40 UTC.\n',
  postedAt: '2026-11-22T03:10:00.000Z',
  actor: 'alice',
};

let receiver: HttpReceiver;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warroom-targets-'));
  receiver = await startHttpReceiver((request, response) => {
    if (request.path.startsWith('/ok')) response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    else if (request.path === '/fail') response.writeHead(500, { 'content-type': 'text/plain' }).end('invalid_payload\n  detail');
    // '/hang': never answer; the target's timeout has to end it.
  });
});
afterAll(async () => {
  await receiver.close();
  await rm(dir, { recursive: true, force: true });
});

const webhook = (path: string, timeoutMs = 2_000) => ({ url: `${receiver.base}${path}`, urlEnv: undefined, env: {}, timeoutMs });

describe('webhook targets against a real HTTP receiver on loopback', () => {
  it('Slack-compatible: posts {text} with &, < and > escaped, **bold** as Slack\'s *bold*, and reports HTTP 200', async () => {
    const result = await slackTarget('chat', webhook('/ok/slack')).post({ ...message, text: `**Checkout: update (identified)**\n\n${message.text}` });
    expect(result).toMatchObject({ target: 'chat', ok: true, detail: `HTTP 200 OK from ${new URL(receiver.base).host}` });
    const request = receiver.received.find((r) => r.path === '/ok/slack')!;
    expect(request.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(request.body)).toEqual({
      text: '*Checkout: update (identified)*\n\nCard payments fail for some customers &lt;!channel&gt; &amp; more.\nNext update by 03:40 UTC.',
    });
  });

  it('generic webhook: posts the whole update as JSON with the configured headers', async () => {
    const result = await jsonWebhookTarget('hook', { ...webhook('/ok/json'), headers: { authorization: 'Bearer t0k' } }).post(message);
    expect(result.ok).toBe(true);
    const request = receiver.received.find((r) => r.path === '/ok/json')!;
    expect(request.headers.authorization).toBe('Bearer t0k');
    expect(JSON.parse(request.body)).toEqual({ source: 'warroom', ...message, text: message.text.trim() });
  });

  it('HTTP 500: a failed result with the status and the start of the body', async () => {
    const result = await slackTarget('chat', webhook('/fail')).post(message);
    expect(result).toMatchObject({ ok: false, error: `HTTP 500 Internal Server Error from ${new URL(receiver.base).host}: invalid_payload detail` });
  });

  it('timeout: gives up after the configured time and says so', async () => {
    const started = Date.now();
    const result = await jsonWebhookTarget('hook', webhook('/hang', 300)).post(message);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result).toMatchObject({ ok: false, error: `timed out after 0.3s waiting for ${new URL(receiver.base).host}` });
  });

  it('connection refused: names the host and port, never the secret path', async () => {
    const port = await closedPort();
    const result = await slackTarget('chat', { url: `http://127.0.0.1:${port}/services/T000/SECRET`, urlEnv: undefined, env: {}, timeoutMs: 2_000 }).post(message);
    expect(result).toMatchObject({ ok: false, error: `connection refused by 127.0.0.1:${port}` });
    expect(JSON.stringify(result)).not.toContain('SECRET');
  });

  it('reads the URL from the named environment variable at posting time, and fails clearly when it is unset', async () => {
    const ok = await slackTarget('chat', { url: undefined, urlEnv: 'HOOK_URL', env: { HOOK_URL: `${receiver.base}/ok/env` }, timeoutMs: 2_000 }).post(message);
    expect(ok.ok).toBe(true);
    const missing = await slackTarget('chat', { url: undefined, urlEnv: 'HOOK_URL', env: {}, timeoutMs: 2_000 }).post(message);
    expect(missing).toMatchObject({ ok: false, error: 'environment variable HOOK_URL (urlEnv) is not set' });
  });
});

describe('file target', () => {
  it('appends a markdown entry per update under a title written once', async () => {
    const path = join(dir, 'ops', 'status.md');
    const target = fileTarget('log', path);
    expect(await target.post(message)).toMatchObject({ ok: true, detail: `appended to ${path}` });
    await target.post({ ...message, kind: 'resolution', text: 'Resolved.', postedAt: '2026-11-22T04:00:00.000Z' });
    expect(await readFile(path, 'utf8')).toBe(
      [
        '# Status updates: Example shop',
        '',
        '## 2026-11-22 03:10 UTC · INC-7 · update · customer',
        '',
        '_SEV1, identified, posted by alice_',
        '',
        'Card payments fail for some customers <!channel> & more.',
        'Next update by 03:40 UTC.',
        '',
        '## 2026-11-22 04:00 UTC · INC-7 · resolution · customer',
        '',
        '_SEV1, identified, posted by alice_',
        '',
        'Resolved.',
        '',
        '',
      ].join('\n'),
    );
  });

  it('fails with the path and the reason when the file cannot be written', async () => {
    const blocker = join(dir, 'not-a-dir');
    await writeFile(blocker, 'x');
    const result = await fileTarget('log', join(blocker, 'status.md')).post(message);
    expect(result).toMatchObject({ ok: false, error: `cannot append to ${join(blocker, 'status.md')}: part of the path is a file, not a directory (EEXIST)` });
  });
});

describe('command target', () => {
  const script = async (name: string, body: string) => {
    const path = join(dir, name);
    await writeFile(path, `#!/bin/sh\n${body}\n`);
    await chmod(path, 0o755);
    return path;
  };
  const options = (argv: string[], timeoutMs = 5_000) => ({ argv, cwd: dir, timeoutMs, parentEnv: { PATH: process.env['PATH'], SECRET_TOKEN: 'x' }, passEnv: [], env: { CHANNEL: 'ops' } });

  it('passes the text on stdin and the update context in the environment, never the console secrets', async () => {
    const out = join(dir, 'received.txt');
    const path = await script('post.sh', `cat > "${out}"; echo "$WARROOM_INCIDENT $WARROOM_UPDATE_KIND $WARROOM_UPDATE_AUDIENCE $CHANNEL [$SECRET_TOKEN]" >> "${out}"; echo posted`);
    const result = await commandTarget('cmd', options([path])).post(message);
    expect(result).toMatchObject({ ok: true, detail: `${path} exit 0: posted` });
    expect(await readFile(out, 'utf8')).toBe(`${message.text.trim()}\nINC-7 update customer ops []\n`);
  });

  it('a non-zero exit, a missing program and a timeout are failures that say why', async () => {
    const failing = await script('fail.sh', 'echo "quota exceeded" >&2; exit 3');
    expect(await commandTarget('cmd', options([failing])).post(message)).toMatchObject({ ok: false, error: `${failing} failed (exit 3): quota exceeded` });
    expect(await commandTarget('cmd', options(['no-such-poster'])).post(message)).toMatchObject({ ok: false, error: 'command not found: no-such-poster' });
    const slow = await script('slow.sh', 'sleep 30');
    expect(await commandTarget('cmd', options([slow], 300)).post(message)).toMatchObject({ ok: false, error: 'timed out after 0.3s' });
  });
});
