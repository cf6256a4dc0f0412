// The check runner with real programs: Nagios states, timeouts, missing programs, the pool,
// results as they finish, thresholds, program lookup and the child environment.
import { realpathSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { checkSchema, type CheckDefinition } from '../../../src/config/sections/checks.js';
import { runChecks, type CheckResult, type RunChecksOptions } from '../../../src/checks/check-runner.js';
import { REPO_ROOT } from '../../helpers/cli.js';
import { startHttpReceiver, type HttpReceiver } from '../../helpers/http-receiver.js';
import { isRunning, scriptDir, survivorsOfGroup } from '../../helpers/processes.js';

const scripts = scriptDir('warroom-checks-');
let web: HttpReceiver;

beforeAll(async () => {
  web = await startHttpReceiver((request, response) => {
    if (request.path === '/fail') response.writeHead(500).end('database unavailable');
    else if (request.path === '/slow') setTimeout(() => response.end('ok'), 700);
    else if (request.path === '/hang') return; // never answers
    else response.end('status: ok');
  });
});
afterAll(async () => {
  await web.close();
  scripts.remove();
});

const check = (fields: Record<string, unknown>): CheckDefinition => checkSchema.parse(fields);
const options = (over: Partial<RunChecksOptions> = {}): RunChecksOptions => ({
  baseDir: scripts.dir,
  installDir: REPO_ROOT,
  parentEnv: process.env,
  concurrency: 8,
  ...over,
});
const byName = (results: CheckResult[], name: string): CheckResult => results.find((r) => r.name === name)!;

describe('runChecks against a real HTTP server', () => {
  it('maps the shipped HTTP check to OK, CRITICAL, WARNING and a timeout CRITICAL', async () => {
    const http = (name: string, path: string, extra: Record<string, unknown> = {}) =>
      check({ name, command: ['checks/check_http_health', '--url', `${web.base}${path}`], ...extra });
    const results = await runChecks(
      [
        http('up', '/', { warning: 500, critical: 3000 }),
        http('fail', '/fail'),
        http('slow', '/slow', { warning: 300, critical: 5000 }),
        http('hang', '/hang', { timeout: '1s' }),
      ],
      options(),
    );
    expect(byName(results, 'up')).toMatchObject({ status: 'OK', timedOut: false, exitCode: 0 });
    expect(byName(results, 'up').perfdata[0]).toMatchObject({ label: 'time', uom: 'ms', warn: '500', crit: '3000' });
    expect(byName(results, 'fail')).toMatchObject({ status: 'CRITICAL', timedOut: false });
    expect(byName(results, 'fail').summary).toContain('returned 500');
    expect(byName(results, 'slow')).toMatchObject({ status: 'WARNING' });
    expect(byName(results, 'hang')).toMatchObject({ status: 'CRITICAL', summary: 'timed out after 1s', timedOut: true });
    expect(byName(results, 'hang').durationMs).toBeLessThan(1_000 + 2_000);
  });
});

describe('runChecks with hostile and broken programs', () => {
  it('kills a hung check with a grandchild holding stdout, within timeout + 2 s, leaving nothing behind', async () => {
    const path = scripts.write('hold.sh', '#!/bin/sh\nsleep 1000 &\necho "$$ $!"\nsleep 1000\n');
    const [result] = await runChecks([check({ name: 'hold', command: [path], timeout: 0.5 })], options());
    expect(result).toMatchObject({ status: 'CRITICAL', timedOut: true, summary: 'timed out after 0.5s' });
    expect(result!.durationMs).toBeLessThan(2_500);
    const [pgid, grandchild] = result!.stdout.trim().split(' ').map(Number);
    expect(survivorsOfGroup(pgid!)).toEqual([]);
    expect(isRunning(grandchild!)).toBe(false);
  });

  it('reports a missing program and a non-executable file as UNKNOWN naming them', async () => {
    const noExec = scripts.write('not-exec.sh', '#!/bin/sh\nexit 0\n', 0o644);
    const results = await runChecks(
      [check({ name: 'missing', command: ['check_warroom_absent', '-H', 'x'] }), check({ name: 'noexec', command: [noExec] })],
      options(),
    );
    expect(byName(results, 'missing')).toMatchObject({ status: 'UNKNOWN', summary: 'command not found: check_warroom_absent' });
    expect(byName(results, 'noexec')).toMatchObject({ status: 'UNKNOWN', summary: `not executable: ${noExec}` });
  });

  it('treats exit codes outside 0-3 as UNKNOWN and keeps the tail of a flood', async () => {
    const weird = scripts.write('weird.sh', '#!/bin/sh\necho "half done"\nexit 42\n');
    const flood = scripts.write('flood.sh', '#!/bin/sh\nhead -c 5000000 /dev/zero | tr "\\0" "x"\necho\necho "WARNING - tail survives"\nexit 1\n');
    const results = await runChecks([check({ name: 'weird', command: [weird] }), check({ name: 'flood', command: [flood] })], options({ maxOutputBytes: 4096 }));
    expect(byName(results, 'weird')).toMatchObject({ status: 'UNKNOWN', summary: 'exit code 42: half done' });
    expect(byName(results, 'flood')).toMatchObject({ status: 'WARNING', truncated: true });
    expect(byName(results, 'flood').stdout.endsWith('WARNING - tail survives\n')).toBe(true);
  });

  it('keeps the summary and perfdata of a plugin whose long output outgrows the kept tail', async () => {
    const chatty = scripts.write('chatty.sh', '#!/bin/sh\necho "DISK OK - all good | used=10%;80;90"\nseq 1 20000 | sed "s/^/detail line /"\n');
    const [result] = await runChecks([check({ name: 'chatty', command: [chatty] })], options({ maxOutputBytes: 4096 }));
    expect(result).toMatchObject({ status: 'OK', summary: 'DISK OK - all good', truncated: true, perfdata: [{ label: 'used', value: 10, uom: '%' }] });
    expect(result!.longOutput.endsWith('detail line 20000')).toBe(true);
  });
});

describe('the pool and streaming', () => {
  const nap = (name: string, seconds: string) => check({ name, command: ['sh', '-c', `sleep ${seconds}; echo ${name} done`] });

  it('never runs more than `concurrency` checks at once', async () => {
    let running = 0;
    let most = 0;
    const started = performance.now();
    const results = await runChecks(['a', 'b', 'c', 'd'].map((n) => nap(n, '0.3')), options({
      concurrency: 2,
      onStart: () => (most = Math.max(most, ++running)),
      onResult: () => running--,
    }));
    const wall = performance.now() - started;
    expect(most).toBe(2);
    expect(wall).toBeGreaterThanOrEqual(600); // two waves of two
    expect(results.map((r) => r.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(results.every((r) => r.status === 'OK' && r.durationMs >= 290)).toBe(true);
  });

  it('by default runs 20 checks in one round: they mostly wait, so none queues behind another', async () => {
    const loaded = await loadConfig({ cwd: scripts.dir, env: {} });
    let running = 0;
    let most = 0;
    const started = performance.now();
    const results = await runChecks(Array.from({ length: 20 }, (_, i) => nap(`n${i}`, '0.5')), options({
      concurrency: loaded.config.checkConcurrency,
      onStart: () => (most = Math.max(most, ++running)),
      onResult: () => running--,
    }));
    expect(most).toBe(20);
    expect(results.every((r) => r.status === 'OK')).toBe(true);
    // One round of 500 ms (a second round would need 1000 ms), with room for a busy machine.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('reports each result as soon as it finishes, not in config order', async () => {
    const finished: string[] = [];
    const results = await runChecks([nap('slow', '1'), nap('quick', '0.05')], options({ onResult: (r) => finished.push(r.name) }));
    expect(finished).toEqual(['quick', 'slow']);
    expect(results.map((r) => r.name)).toEqual(['slow', 'quick']);
  });
});

describe('what a check sees', () => {
  it('appends thresholds as -w/-c and resolves relative programs next to the config, then in the install dir', async () => {
    scripts.write('checks/echo_args', '#!/bin/sh\necho "local $*"\n');
    const results = await runChecks(
      [
        check({ name: 'local', command: ['checks/echo_args', '--x'], warning: '10:', critical: 5 }),
        check({ name: 'shipped', command: ['checks/check_tcp_port', '--help'] }),
        check({ name: 'where', command: ['pwd', '-P'] }),
      ],
      options(),
    );
    expect(byName(results, 'where').summary).toBe(realpathSync(scripts.dir));
    expect(byName(results, 'local')).toMatchObject({ status: 'OK', summary: 'local --x -w 10: -c 5', argv: [`${scripts.dir}/checks/echo_args`, '--x', '-w', '10:', '-c', '5'] });
    expect(byName(results, 'shipped').argv[0]).toBe(`${REPO_ROOT}/checks/check_tcp_port`);
    expect(byName(results, 'shipped').status).toBe('OK');
  });

  it('gets only the allowlist, its passEnv names and its own env', async () => {
    const parentEnv = { ...process.env, WARROOM_SECRET_TOKEN: 'do-not-leak', PGPASSWORD: 'pw' };
    const show = 'echo "token=${WARROOM_SECRET_TOKEN:-none} pg=${PGPASSWORD:-none} mode=${MODE:-none}"';
    const results = await runChecks(
      [
        check({ name: 'plain', command: ['sh', '-c', show] }),
        check({ name: 'named', command: ['sh', '-c', show], passEnv: ['PGPASSWORD'], env: { MODE: 'deep' } }),
      ],
      options({ parentEnv }),
    );
    expect(byName(results, 'plain').summary).toBe('token=none pg=none mode=none');
    expect(byName(results, 'named').summary).toBe('token=none pg=pw mode=deep');
  });
});
