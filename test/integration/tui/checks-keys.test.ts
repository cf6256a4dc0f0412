/**
 * Check keys through the real dispatcher, command handlers, check runner and store: real check
 * processes (the shipped HTTP check) against a loopback HTTP server answering 200 or 500.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EventDataMap } from '../../../src/domain/events.js';
import { checkDetailsOf } from '../../../src/tui/presentation/check-details.js';
import { selectIncident } from '../../../src/tui/state/selectors.js';
import { runWarroom } from '../../helpers/cli.js';
import { createConsoleHarness, type ConsoleHarness } from '../../helpers/console-harness.js';

let server: Server;
let port = 0;
/** What /flaky answers; the tests flip it to see state changes. */
let flakyStatus = 200;

beforeAll(async () => {
  server = createServer((req, res) => {
    const status = req.url === '/bad' ? 500 : req.url === '/flaky' ? flakyStatus : 200;
    res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'boom');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let harness: ConsoleHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
  flakyStatus = 200;
});

const config = () => `checks:
  - name: api-ok
    command: [checks/check_http_health, --url, "http://127.0.0.1:${port}/ok"]
    group: web
    key: h
    warning: 5000
    critical: 9000
  - name: api-bad
    command: [checks/check_http_health, --url, "http://127.0.0.1:${port}/bad"]
    group: web
    warning: 5000
    critical: 9000
  - name: flaky
    command: [checks/check_http_health, --url, "http://127.0.0.1:${port}/flaky"]
    group: edge
    key: '9'
`;

async function onIncident(readOnly = false): Promise<ConsoleHarness> {
  const h = await createConsoleHarness({ configYaml: config(), readOnly });
  await h.otherWriter('bob').incidents.declare({ title: 'Checkout returns 502', severity: 'SEV1' });
  await h.settle();
  h.press('enter');
  return h;
}

const checkEvents = (h: ConsoleHarness) =>
  selectIncident(h.store.getState())!.events.flatMap((e) => (e.type === 'check.finished' ? [{ actor: e.actor, data: e.data as EventDataMap['check.finished'] }] : []));

describe('checks from the console', () => {
  it('a check\'s hot key runs just that check from any pane: running at once, then its result and output', async () => {
    harness = await onIncident();
    expect(harness.store.getState().ui.focus).toBe('timeline');
    harness.press('h');
    expect(harness.store.getState().checkRuns.running).toHaveProperty('api-ok');
    await harness.settle();
    const state = harness.store.getState();
    expect(state.checkRuns.running).toEqual({});
    expect(state.checkRuns.outputs['api-ok']).toMatchObject({ status: 'OK', exitCode: 0 });
    expect(state.checkRuns.outputs['api-ok']?.stdout.join('\n')).toMatch(/HTTP OK/);
    expect(checkEvents(harness).map((e) => [e.actor, e.data])).toEqual([['alice', expect.objectContaining({ name: 'api-ok', status: 'OK' })]]);
  });

  it('r runs every check; results land on the timeline; a changed state is marked with the one before', async () => {
    harness = await onIncident();
    harness.press('1', 'r');
    expect(Object.keys(harness.store.getState().checkRuns.running).sort()).toEqual(['api-bad', 'api-ok', 'flaky']);
    await harness.settle();
    expect(checkEvents(harness).map((e) => `${e.data.name} ${e.data.status}`).sort()).toEqual(['api-bad CRITICAL', 'api-ok OK', 'flaky OK']);
    flakyStatus = 503;
    harness.press('9');
    await harness.settle();
    const flaky = selectIncident(harness.store.getState())!.checks.flaky;
    expect(flaky).toMatchObject({ status: 'CRITICAL', previousStatus: 'OK' });
    expect(harness.store.getState().ui.flash?.text).toBe('Checks done: 1 CRITICAL');
  });

  it('Enter runs the selected check, or on a group heading every check of that group', async () => {
    harness = await onIncident();
    // Rows: web heading, api-ok, api-bad, edge heading, flaky.
    harness.press('1', 'j', 'j', 'enter');
    await harness.settle();
    expect(checkEvents(harness).map((e) => e.data.name)).toEqual(['api-bad']);
    harness.press('g', 'enter');
    await harness.settle();
    expect(checkEvents(harness).slice(1).map((e) => e.data.name).sort()).toEqual(['api-bad', 'api-ok']);
  });

  it('v shows the selected check\'s output and parsed perfdata; r in it runs the check again', async () => {
    harness = await onIncident();
    harness.press('1', 'j', 'j', 'enter');
    await harness.settle();
    harness.press('v');
    const top = harness.store.getState().ui.modals.at(-1);
    expect(top).toEqual({ kind: 'check-details', name: 'api-bad', offset: 0 });
    const text = checkDetailsOf(harness.store.getState(), harness.env.loaded.config.checks, 'api-bad').map((l) => l.text).join('\n');
    expect(text).toMatch(/State +✗ CRITICAL · took \d+ms/);
    expect(text).toMatch(/Exit code +2/);
    expect(text).toMatch(/label +value +warn +crit +min +max\n {2}time +\d+(\.\d+)?ms +5000 +9000 +0/);
    expect(text).toMatch(/Output \(stdout, last \d+ lines\)\n {2}HTTP CRITICAL/);
    harness.press('r');
    await harness.settle();
    expect(checkEvents(harness)).toHaveLength(2);
    harness.press('esc');
    expect(harness.store.getState().ui.modals).toEqual([]);
  });

  it('in a read-only console running checks is refused with the reason, and nothing runs', async () => {
    harness = await onIncident(true);
    harness.press('h');
    expect(harness.store.getState().ui.flash?.text).toBe('h api-ok: disabled, this console is read-only (--read-only): running a check writes to the log');
    harness.press('1', 'r');
    expect(harness.store.getState().ui.flash?.text).toMatch(/^r run checks: disabled, .*running a check writes to the log$/);
    harness.press('enter');
    expect(harness.store.getState().checkRuns.running).toEqual({});
    await harness.settle();
    expect(checkEvents(harness)).toEqual([]);
  });

  it('the console and `warroom check` record the same kind of entry, and each sees the other\'s as the previous state', async () => {
    harness = await onIncident();
    harness.press('h');
    await harness.settle();
    const cli = await runWarroom(['--config', `${harness.dir}/warroom.yaml`, '--store', harness.storePath, '--actor', 'carol', 'check', 'api-ok', 'flaky']);
    expect(cli.code).toBe(0);
    await harness.settle();
    const [fromConsole, ...fromCli] = checkEvents(harness);
    expect(fromCli.map((e) => e.actor)).toEqual(['carol', 'carol']);
    const apiFromCli = fromCli.find((e) => e.data.name === 'api-ok')!;
    expect(Object.keys(apiFromCli.data).sort()).toEqual([...Object.keys(fromConsole!.data), 'previousStatus'].sort());
    expect(apiFromCli.data).toMatchObject({ previousStatus: 'OK' });
    // The console now shows the CLI's run (it has no output of it) rather than its own older one.
    const text = checkDetailsOf(harness.store.getState(), harness.env.loaded.config.checks, 'flaky').map((l) => l.text).join('\n');
    expect(text).toContain('Output not kept here');
  });
});
