// The shipped checks against real PostgreSQL, Redis, an HTTP server and a Prometheus-shaped
// HTTP API on loopback, run through the check runner exactly as the CLI runs them.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks, type CheckResult } from '../../../src/checks/check-runner.js';
import { checkSchema } from '../../../src/config/sections/checks.js';
import { REPO_ROOT } from '../../helpers/cli.js';
import { closedPort, startHttpReceiver, type HttpReceiver } from '../../helpers/http-receiver.js';
import { POSTGRES_PASSWORD, POSTGRES_URL, REDIS, requireTestServices } from '../../helpers/services.js';

let web: HttpReceiver;
let prometheus: HttpReceiver;
let nothing: number;
const queueKey = `warroom:test:queue:${process.pid}`;
const stringKey = `warroom:test:string:${process.pid}`;

const redisCli = (...args: string[]) => execFileSync('redis-cli', ['-h', REDIS.host, '-p', String(REDIS.port), ...args], { encoding: 'utf8' });

beforeAll(async () => {
  await requireTestServices();
  web = await startHttpReceiver((request, response) => {
    if (request.path === '/wrong-body') response.end('status: degraded');
    else response.end('status: ok');
  });
  prometheus = await startHttpReceiver((request, response) => {
    const query = new URL(request.path, 'http://x').searchParams.get('query') ?? '';
    const vector = (value: string, metric: Record<string, string> = {}) => ({ status: 'success', data: { resultType: 'vector', result: [{ metric, value: [1_700_000_000, value] }] } });
    const body =
      query === 'rate_high' ? vector('7.5', { service: 'api' })
      : query === 'rate_low' ? vector('0.2')
      : query === 'no_traffic' ? { status: 'success', data: { resultType: 'vector', result: [] } }
      : { status: 'error', errorType: 'bad_data', error: `unknown query ${query}` };
    response.writeHead(body.status === 'success' ? 200 : 400, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  nothing = await closedPort();
  redisCli('DEL', queueKey, stringKey);
  redisCli('RPUSH', queueKey, 'job1', 'job2', 'job3');
  redisCli('SET', stringKey, 'not a list');
});
afterAll(async () => {
  await web?.close();
  await prometheus?.close();
  redisCli('DEL', queueKey, stringKey);
});

/** Runs shipped checks by name → argv (plus optional definition fields), all at once. */
async function run(defs: Record<string, { command: string[]; passEnv?: string[]; warning?: string; critical?: string }>): Promise<Record<string, CheckResult>> {
  const definitions = Object.entries(defs).map(([name, d]) => checkSchema.parse({ name, ...d, command: [`checks/${d.command[0]}`, ...d.command.slice(1)] }));
  const results = await runChecks(definitions, {
    baseDir: REPO_ROOT,
    parentEnv: { ...process.env, PGPASSWORD: POSTGRES_PASSWORD },
    concurrency: 8,
  });
  return Object.fromEntries(results.map((r) => [r.name, r]));
}

describe('database and cache checks', () => {
  it('check_postgres logs in and queries, and fails clearly without a password or a server', async () => {
    const r = await run({
      ok: { command: ['check_postgres', '--dsn', POSTGRES_URL], passEnv: ['PGPASSWORD'] },
      ready: { command: ['check_postgres', '--dsn', POSTGRES_URL, '--method', 'pg_isready'] },
      nopass: { command: ['check_postgres', '--dsn', POSTGRES_URL] },
      down: { command: ['check_postgres', '--dsn', `postgresql://warroom:s3cret-in-dsn@127.0.0.1:${nothing}/warroom`] },
    });
    expect(r.ok).toMatchObject({ status: 'OK', summary: expect.stringContaining('select 1 returned "1"') });
    expect(r.ok!.perfdata[0]).toMatchObject({ label: 'time', uom: 'ms' });
    expect(r.ready).toMatchObject({ status: 'OK', summary: expect.stringContaining('accepting connections') });
    expect(r.nopass).toMatchObject({ status: 'CRITICAL', summary: expect.stringContaining('password') });
    expect(r.down).toMatchObject({ status: 'CRITICAL', summary: expect.stringContaining('refused') });
    expect(r.down!.stdout).not.toContain('s3cret-in-dsn');
  });

  it('check_redis_ping and check_tcp_port see Redis up and a closed port down', async () => {
    const r = await run({
      ping: { command: ['check_redis_ping', '--host', REDIS.host, '--port', String(REDIS.port)] },
      pingDown: { command: ['check_redis_ping', '--port', String(nothing)] },
      tcp: { command: ['check_tcp_port', '--host', REDIS.host, '--port', String(REDIS.port)] },
      tcpDown: { command: ['check_tcp_port', '--port', String(nothing)] },
    });
    expect(r.ping).toMatchObject({ status: 'OK', summary: expect.stringContaining('PONG') });
    expect(r.pingDown).toMatchObject({ status: 'CRITICAL', summary: expect.stringContaining('ECONNREFUSED') });
    expect(r.tcp).toMatchObject({ status: 'OK' });
    expect(r.tcpDown).toMatchObject({ status: 'CRITICAL' });
  });

  it('check_queue_depth judges a real list length against -w/-c', async () => {
    const r = await run({
      warn: { command: ['check_queue_depth', '--key', queueKey], warning: '2', critical: '10' },
      crit: { command: ['check_queue_depth', '--key', queueKey], warning: '1', critical: '2' },
      empty: { command: ['check_queue_depth', '--key', `${queueKey}:none`], warning: '2', critical: '10' },
      wrongType: { command: ['check_queue_depth', '--key', stringKey] },
    });
    expect(r.warn).toMatchObject({ status: 'WARNING', summary: expect.stringContaining('3 waiting') });
    expect(r.warn!.perfdata).toEqual([{ label: queueKey, value: 3, uom: '', warn: '2', crit: '10', min: 0 }]);
    expect(r.crit!.status).toBe('CRITICAL');
    expect(r.empty).toMatchObject({ status: 'OK', summary: expect.stringContaining('0 waiting') });
    expect(r.wrongType).toMatchObject({ status: 'UNKNOWN', summary: expect.stringContaining('WRONGTYPE') });
  });
});

describe('host checks', () => {
  it('check_disk_space, check_memory and check_load_average follow their thresholds', async () => {
    const r = await run({
      diskOk: { command: ['check_disk_space', '--path', '/'], warning: '100', critical: '100' },
      diskCrit: { command: ['check_disk_space', '--path', '/'], warning: '0.001', critical: '0.002' },
      diskMissing: { command: ['check_disk_space', '--path', '/no/such/dir'] },
      memOk: { command: ['check_memory'], warning: '100', critical: '100' },
      memWarn: { command: ['check_memory'], warning: '0.001', critical: '100' },
      loadOk: { command: ['check_load_average', '--absolute'], warning: '100000', critical: '100000' },
      loadWarn: { command: ['check_load_average', '--absolute'], warning: '@0:100000', critical: '100000' },
    });
    expect(r.diskOk!.status).toBe('OK');
    expect(r.diskOk!.perfdata.map((p) => p.label)).toEqual(['/', '/ inodes']);
    expect(r.diskCrit!.status).toBe('CRITICAL');
    expect(r.diskMissing).toMatchObject({ status: 'UNKNOWN', summary: expect.stringContaining('ENOENT') });
    expect(r.memOk!.status).toBe('OK');
    expect(r.memOk!.perfdata[0]).toMatchObject({ label: 'used', uom: '%', max: 100 });
    expect(r.memWarn!.status).toBe('WARNING');
    expect(r.loadOk!.status).toBe('OK');
    expect(r.loadOk!.perfdata.map((p) => p.label)).toEqual(['load1', 'load5', 'load15']);
    expect(r.loadWarn!.status).toBe('WARNING');
  });
});

describe('HTTP checks', () => {
  it('check_http_health checks the body and expected codes', async () => {
    const r = await run({
      match: { command: ['check_http_health', '--url', `${web.base}/`, '--match', 'status: ok'] },
      mismatch: { command: ['check_http_health', '--url', `${web.base}/wrong-body`, '--match-regex', 'status: ok$'] },
      expect204: { command: ['check_http_health', '--url', `${web.base}/`, '--expect', '204'] },
      refused: { command: ['check_http_health', '--url', `http://127.0.0.1:${nothing}/`] },
    });
    expect(r.match!.status).toBe('OK');
    expect(r.mismatch).toMatchObject({ status: 'CRITICAL', summary: expect.stringContaining('does not match') });
    expect(r.expect204).toMatchObject({ status: 'CRITICAL', summary: expect.stringContaining('expected 204') });
    expect(r.refused).toMatchObject({ status: 'CRITICAL', summary: expect.stringContaining('ECONNREFUSED') });
  });

  it('check_error_rate reads an instant query from a Prometheus API', async () => {
    const r = await run({
      high: { command: ['check_error_rate', '--url', prometheus.base, '--query', 'rate_high'] },
      low: { command: ['check_error_rate', '--url', prometheus.base, '--query', 'rate_low'] },
      none: { command: ['check_error_rate', '--url', prometheus.base, '--query', 'no_traffic'] },
      noneOk: { command: ['check_error_rate', '--url', prometheus.base, '--query', 'no_traffic', '--no-data', 'ok'] },
      rejected: { command: ['check_error_rate', '--url', prometheus.base, '--query', 'sum(('] },
      unreachable: { command: ['check_error_rate', '--url', `http://127.0.0.1:${nothing}`] },
    });
    expect(r.high).toMatchObject({ status: 'CRITICAL', summary: expect.stringContaining('7.5% of requests fail with 5xx (service=api)') });
    expect(r.high!.perfdata[0]).toMatchObject({ label: 'error_rate', value: 7.5, uom: '%', warn: '1', crit: '5' });
    expect(r.low!.status).toBe('OK');
    expect(r.none!.status).toBe('UNKNOWN');
    expect(r.noneOk!.status).toBe('OK');
    expect(r.rejected).toMatchObject({ status: 'UNKNOWN', summary: expect.stringContaining('rejected the query') });
    expect(r.unreachable).toMatchObject({ status: 'UNKNOWN', summary: expect.stringContaining('cannot query Prometheus') });
    const asked = prometheus.received.find((q) => q.path.includes('rate_high'));
    expect(asked?.path.startsWith('/api/v1/query?query=')).toBe(true);
  });
});

describe('every shipped check', () => {
  const programs = readdirSync(join(REPO_ROOT, 'checks')).filter((f) => f.startsWith('check_'));

  it('prints its usage for --help and exits UNKNOWN naming a bad option', async () => {
    expect(programs.length).toBeGreaterThanOrEqual(9);
    const defs = Object.fromEntries(programs.flatMap((p) => [[`${p}-help`, { command: [p, '--help'] }], [`${p}-bad`, { command: [p, '--no-such-flag'] }]]));
    const r = await run(defs);
    for (const program of programs) {
      expect(r[`${program}-help`]).toMatchObject({ status: 'OK', exitCode: 0 });
      expect(r[`${program}-help`]!.stdout).toContain('Usage:');
      expect(r[`${program}-bad`]).toMatchObject({ status: 'UNKNOWN', exitCode: 3, summary: expect.stringContaining('--no-such-flag') });
    }
  });

  it('with a --timeout, gives up by default well before the runner kills it at a check\'s default timeout', async () => {
    const runnerDefaultMs = checkSchema.parse({ name: 'x', command: ['x'] }).timeout;
    const r = await run(Object.fromEntries(programs.map((p) => [p, { command: [p, '--help'] }])));
    const defaults = programs.flatMap((program) => {
      const line = r[program]!.stdout.split('\n').find((l) => l.trim().startsWith('--timeout'));
      return line ? [[program, Number(/\(default (\d+(?:\.\d+)?)\)/.exec(line)?.[1])] as const] : [];
    });
    expect(defaults.map(([p]) => p)).toEqual(expect.arrayContaining(['check_http_health', 'check_error_rate', 'check_postgres', 'check_tcp_port']));
    // Leave room for Node's start-up and the check's own report before the process group is killed.
    for (const [program, seconds] of defaults) expect(seconds * 1000, program).toBeLessThanOrEqual(runnerDefaultMs - 3000);
  });
});

describe('bad arguments are UNKNOWN, never a finding about the service', () => {
  it('out-of-range percentages, a non-HTTP URL and a string that is no DSN', async () => {
    const r = await run({
      disk: { command: ['check_disk_space', '--path', '/'], warning: '150' },
      memory: { command: ['check_memory'], critical: '95:200' },
      errorRate: { command: ['check_error_rate', '--url', prometheus.base], warning: '101' },
      ftp: { command: ['check_http_health', '--url', 'ftp://x/'] },
      ftpRate: { command: ['check_error_rate', '--url', 'ftp://x/'] },
      notDsn: { command: ['check_postgres', '--dsn', 'notadsn'] },
      otherScheme: { command: ['check_postgres', '--dsn', 'mysql://app@127.0.0.1/app'] },
      keywords: { command: ['check_postgres', '--dsn', `host=127.0.0.1 port=${nothing} dbname=warroom`] },
    });
    expect(r.disk).toMatchObject({ status: 'UNKNOWN', summary: expect.stringContaining('--warning "150" is not a percentage') });
    expect(r.memory).toMatchObject({ status: 'UNKNOWN', summary: expect.stringContaining('--critical "95:200" is not a percentage') });
    expect(r.errorRate).toMatchObject({ status: 'UNKNOWN', summary: expect.stringContaining('--warning "101" is not a percentage') });
    expect(r.ftp).toMatchObject({ status: 'UNKNOWN', summary: expect.stringContaining('--url "ftp://x/" is not an http:// or https:// URL') });
    expect(r.ftpRate).toMatchObject({ status: 'UNKNOWN', summary: expect.stringContaining('not an http:// or https:// URL') });
    expect(r.notDsn).toMatchObject({ status: 'UNKNOWN', summary: expect.stringContaining('--dsn "notadsn" is not a PostgreSQL connection string') });
    expect(r.otherScheme).toMatchObject({ status: 'UNKNOWN', summary: expect.stringContaining('is not a PostgreSQL connection string') });
    expect(r.keywords).toMatchObject({ status: 'CRITICAL', summary: expect.stringContaining(`127.0.0.1:${nothing}/warroom: `) });
  });
});
