/**
 * Checks in the built console, in a real pseudo-terminal: two checks (the shipped HTTP check)
 * against a loopback server answering 200 and 500. The hot key runs one from the timeline, r runs
 * both, OK and CRITICAL appear with their latency, v shows the parsed perfdata, and each run is on
 * the store's timeline. Needs `npm run build` first.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EventStore } from '../../src/store/event-store.js';
import { createConsoleSandbox, requireFreshBuild, type ConsoleSandbox } from '../helpers/console-pty.js';

let server: Server;
let port = 0;
let sandbox: ConsoleSandbox | undefined;

beforeAll(async () => {
  requireFreshBuild();
  server = createServer((req, res) => {
    const status = req.url === '/broken' ? 500 : 200;
    res.writeHead(status).end(status === 200 ? 'ok' : 'internal error');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(async () => {
  await sandbox?.cleanup();
  sandbox = undefined;
});

const config = () => `checks:
  - name: shop-health
    command: [checks/check_http_health, --url, "http://127.0.0.1:${port}/health"]
    key: h
    warning: 5000
    critical: 9000
  - name: shop-orders
    command: [checks/check_http_health, --url, "http://127.0.0.1:${port}/broken"]
    warning: 5000
    critical: 9000
`;

describe('checks in the console', () => {
  it('runs a check by its key and all by r, shows OK and CRITICAL with latency, and the perfdata on v', async () => {
    sandbox = await createConsoleSandbox(config());
    expect((await sandbox.cli(['declare', '--title', 'Orders fail', '--severity', 'SEV2'])).code).toBe(0);
    const term = sandbox.open({ actor: 'alice', cols: 100, rows: 30 });
    await term.waitFor(/INC-1 +SEV2/, 10_000);
    await term.waitFor(/· not run +shop-health/);
    expect(term.lines()[28]).toMatch(/h shop-health/);

    // The timeline has focus: the check's own key works from there.
    term.write('h');
    await term.waitFor(/✓ OK +shop-health +\d+ms/, 10_000);
    await term.waitFor(/alice +check shop-health: OK; HTTP OK/);

    term.write('1');
    await term.waitFor(/┏━ 1 Checks/);
    term.write('r');
    await term.waitFor(/✗ CRITICAL +shop-orders +\d+ms/, 10_000);
    await term.waitFor('Checks done: 1 OK, 1 CRITICAL', 10_000);

    term.write('jv');
    await term.waitFor('Check shop-orders');
    const detail = await term.waitFor(/label +value +warn +crit +min +max/);
    expect(detail).toMatch(/time +\d+(\.\d+)?ms +5000 +9000 +0/);
    expect(detail).toMatch(/size +\d+B/);
    expect(detail).toMatch(/HTTP CRITICAL - .*returned 500/);
    term.write('\u001b');
    await term.waitForGone('Check shop-orders');

    term.write('q');
    await term.waitFor('Quit the console?');
    term.write('y');
    expect((await term.exited).exitCode).toBe(0);
    const events = (await new EventStore({ path: sandbox.storePath, actor: 'reader' }).read()).events.filter((e) => e.type === 'check.finished');
    expect(events.map((e) => `${e.actor} ${(e.data as { name: string; status: string }).name} ${(e.data as { status: string }).status}`).sort()).toEqual([
      'alice shop-health OK',
      'alice shop-health OK',
      'alice shop-orders CRITICAL',
    ]);
  });
});
