// The Debian monitoring-plugins run as checks with no wrapper: states, summaries and perfdata
// come straight from their output, and a plugin that hangs is killed by the runner.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks, type CheckResult } from '../../../src/checks/check-runner.js';
import { checkSchema } from '../../../src/config/sections/checks.js';
import { closedPort, startHttpReceiver, type HttpReceiver } from '../../helpers/http-receiver.js';
import { POSTGRES_PASSWORD, REDIS, requireTestServices } from '../../helpers/services.js';

const PLUGINS = '/usr/lib/nagios/plugins';
let web: HttpReceiver;
let nothing: number;

beforeAll(async () => {
  if (!existsSync(`${PLUGINS}/check_http`)) throw new Error(`${PLUGINS} is missing: install the Debian monitoring-plugins package`);
  await requireTestServices();
  web = await startHttpReceiver((request, response) => {
    if (request.path === '/fail') response.writeHead(500).end('error');
    else if (request.path === '/hang') return;
    else response.end('healthy');
  });
  nothing = await closedPort();
});
afterAll(async () => web?.close());

async function run(defs: Record<string, { command: string[]; timeout?: string; warning?: string; critical?: string }>): Promise<Record<string, CheckResult>> {
  const definitions = Object.entries(defs).map(([name, d]) => checkSchema.parse({ name, ...d, command: [`${PLUGINS}/${d.command[0]}`, ...d.command.slice(1)] }));
  const results = await runChecks(definitions, { baseDir: '/', parentEnv: process.env, concurrency: 8 });
  return Object.fromEntries(results.map((r) => [r.name, r]));
}

describe('Debian Nagios plugins as checks', () => {
  it('check_http: OK for 200, CRITICAL for 500 and for a refused connection, with time perfdata', async () => {
    const port = new URL(web.base).port;
    const r = await run({
      ok: { command: ['check_http', '-H', '127.0.0.1', '-p', port, '-u', '/', '-s', 'healthy'] },
      fail: { command: ['check_http', '-H', '127.0.0.1', '-p', port, '-u', '/fail'] },
      refused: { command: ['check_http', '-H', '127.0.0.1', '-p', String(nothing)] },
    });
    expect(r.ok).toMatchObject({ status: 'OK', exitCode: 0, summary: expect.stringMatching(/^HTTP OK/) });
    expect(r.ok!.perfdata.map((p) => p.label)).toEqual(['time', 'size']);
    expect(r.ok!.perfdata[0]!.uom).toBe('s');
    expect(r.fail).toMatchObject({ status: 'CRITICAL', exitCode: 2, summary: expect.stringContaining('500') });
    expect(r.refused).toMatchObject({ status: 'CRITICAL', exitCode: 2 });
  });

  it('a plugin that hangs longer than the check timeout is killed and reported as timed out', async () => {
    const port = new URL(web.base).port;
    const r = await run({ hang: { command: ['check_http', '-H', '127.0.0.1', '-p', port, '-u', '/hang', '-t', '60'], timeout: '1s' } });
    expect(r.hang).toMatchObject({ status: 'CRITICAL', timedOut: true, summary: 'timed out after 1s' });
    expect(r.hang!.durationMs).toBeLessThan(3_000);
  });

  it('check_tcp, check_disk, check_load and check_pgsql report states and perfdata as printed', async () => {
    const r = await run({
      tcp: { command: ['check_tcp', '-H', REDIS.host, '-p', String(REDIS.port)] },
      // check_disk reads thresholds before -p, so they go in the command rather than warning/critical.
      disk: { command: ['check_disk', '-w', '1%', '-c', '0%', '-p', '/'] },
      load: { command: ['check_load'], warning: '1000,1000,1000', critical: '2000,2000,2000' },
      loadCrit: { command: ['check_load'], warning: '0,0,0', critical: '0,0,0' },
      pgsql: { command: ['check_pgsql', '-H', '127.0.0.1', '-d', 'warroom', '-l', 'warroom', '-p', POSTGRES_PASSWORD] },
      pgsqlDown: { command: ['check_pgsql', '-H', '127.0.0.1', '-P', String(nothing), '-d', 'warroom', '-l', 'warroom', '-p', POSTGRES_PASSWORD] },
    });
    expect(r.tcp).toMatchObject({ status: 'OK', summary: expect.stringMatching(/^TCP OK/) });
    expect(r.tcp!.perfdata[0]).toMatchObject({ label: 'time', uom: 's', min: 0 });
    expect(r.disk!.status).toBe('OK');
    expect(r.disk!.perfdata[0]).toMatchObject({ label: '/', uom: 'B', min: 0 });
    expect(r.load!.status).toBe('OK');
    expect(r.load!.perfdata.map((p) => [p.label, p.warn, p.crit])).toEqual([
      ['load1', '1000.000', '2000.000'],
      ['load5', '1000.000', '2000.000'],
      ['load15', '1000.000', '2000.000'],
    ]);
    expect(r.loadCrit!.status).toBe('CRITICAL');
    expect(r.pgsql).toMatchObject({ status: 'OK', summary: expect.stringMatching(/^OK - database warroom/) });
    expect(r.pgsqlDown!.status).toBe('CRITICAL');
  });
});
