// `warroom check` as a user runs it (built bundle): lines or JSON, the worst-state exit code,
// unknown names, and results on the open incident's timeline with the previous state.
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCliSandbox, WARROOM_BIN, type CliSandbox } from '../../helpers/cli.js';
import { survivorsOfGroup } from '../../helpers/processes.js';

let box: CliSandbox | undefined;
afterEach(async () => {
  await box?.cleanup();
  box = undefined;
});

/** A config whose checks are small sh programs with a fixed exit code and output. */
function config(checks: Record<string, string>, extra = ''): string {
  const lines = Object.entries(checks).map(
    ([name, script]) => `  - name: ${name}\n    command: [sh, -c, ${JSON.stringify(script)}]\n    timeout: 1s`,
  );
  return `checks:\n${lines.join('\n')}\n${extra}`;
}

const OK = 'echo "OK - all fine | latency=12ms;100;200;0"';
const CRIT = 'echo "CRITICAL - it is down"; exit 2';
const WARN = 'echo "WARNING - getting slow"; exit 1';

describe('warroom check output and exit codes', () => {
  it('prints one line per check and exits 2 for one CRITICAL plus one UNKNOWN', async () => {
    box = await createCliSandbox(
      `${config({ fine: OK, down: CRIT })}  - name: absent\n    command: [check_warroom_absent]\n`,
    );
    const result = await box.run(['check']);
    expect(result.code).toBe(2);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.includes('fine'))).toMatch(/^OK\s+fine\s+OK - all fine\s+\d+ ms$/);
    expect(lines.find((l) => l.includes('down'))).toMatch(/^CRITICAL\s+down\s+CRITICAL - it is down/);
    expect(lines.find((l) => l.includes('absent'))).toMatch(/^UNKNOWN\s+absent\s+command not found: check_warroom_absent/);
  });

  it('exits with the code of the worst state: WARNING beats UNKNOWN, UNKNOWN beats OK', async () => {
    box = await createCliSandbox(config({ fine: OK, slow: WARN, odd: 'echo odd; exit 7' }));
    expect((await box.run(['check', 'fine'])).code).toBe(0);
    expect((await box.run(['check', 'fine', 'odd'])).code).toBe(3);
    expect((await box.run(['check', 'odd', 'slow'])).code).toBe(1);
  });

  it('prints JSON with name, status, summary, duration and perfdata', async () => {
    box = await createCliSandbox(config({ fine: OK, hung: 'sleep 30' }));
    const result = await box.run(['check', '--json']);
    expect(result.code).toBe(2);
    const json = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(json.map((r) => r['name'])).toEqual(['fine', 'hung']);
    expect(json[0]).toMatchObject({ status: 'OK', summary: 'OK - all fine', perfdata: [{ label: 'latency', value: 12, uom: 'ms', warn: '100', crit: '200', min: 0 }] });
    expect(json[0]!['durationMs']).toEqual(expect.any(Number));
    expect(json[1]).toMatchObject({ status: 'CRITICAL', summary: 'timed out after 1s', timedOut: true });
  });

  it('rejects an unknown check name with exit 3 (UNKNOWN, not CRITICAL), naming it, and runs nothing', async () => {
    box = await createCliSandbox(config({ fine: `touch ${'ran'}; ${OK}` }));
    const result = await box.run(['check', 'fine', 'nope']);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe('warroom: unknown check "nope" (configured checks: fine)\n');
    await expect(readFile(join(box.dir, 'ran'))).rejects.toThrow();
  });

  it('says so when no checks are configured, exit 3', async () => {
    box = await createCliSandbox('service: shop\n');
    const result = await box.run(['check']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('no checks are configured in');
  });

  it('exits 3 for an unknown option or a config that does not load, where other commands exit 2', async () => {
    box = await createCliSandbox(config({ fine: OK }));
    const option = await box.run(['check', '--jsn']);
    expect([option.code, option.stderr]).toEqual([3, expect.stringContaining("unknown option '--jsn'")]);
    expect((await box.run(['check', '--help'])).code).toBe(0);
    await writeFile(box.configPath!, 'checks:\n  - name: fine\n    command: sh -c true\n');
    const broken = await box.run(['check']);
    expect([broken.code, broken.stderr]).toEqual([3, expect.stringContaining('warroom.yaml:3: checks.0.command')]);
    expect((await box.run(['list'])).code).toBe(2);
  });

  it('gives a check the numbers and booleans of its env: as strings', async () => {
    box = await createCliSandbox(
      `${config({ env: 'echo "OK - FOO=$FOO DEBUG=$DEBUG"' })}\n    env: {FOO: 1, DEBUG: true}\n`,
    );
    const result = await box.run(['check', '--json']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect((JSON.parse(result.stdout) as { summary: string }[])[0]!.summary).toBe('OK - FOO=1 DEBUG=true');
  });
});

describe('warroom check and the timeline', () => {
  it('records each result on the open incident with the previous state, and marks changes', async () => {
    // The check's state comes from a file the test flips between runs.
    box = await createCliSandbox(config({ api: 'cat state; exit $(cat code)', fine: OK }));
    await writeFile(join(box.dir, 'state'), 'OK - api answers\n');
    await writeFile(join(box.dir, 'code'), '0\n');
    expect((await box.run(['declare', '--title', 'API errors', '--severity', 'SEV2'])).code).toBe(0);
    const first = await box.run(['check']);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('recorded on INC-1\n');
    await writeFile(join(box.dir, 'state'), 'CRITICAL - api returns 500\n');
    await writeFile(join(box.dir, 'code'), '2\n');
    const second = await box.run(['check', 'api']);
    expect(second.code).toBe(2);
    expect(second.stdout).toMatch(/^CRITICAL\s+api\s+CRITICAL - api returns 500\s+\d+ ms {2}\(was OK\)\n$/);

    const status = JSON.parse((await box.run(['status', '--json'])).stdout) as { events: { type: string; data: Record<string, unknown> }[] };
    const checks = status.events.filter((e) => e.type === 'check.finished').map((e) => e.data);
    expect(checks).toHaveLength(3);
    expect(checks.filter((d) => d['name'] === 'api')).toEqual([
      { name: 'api', status: 'OK', summary: 'OK - api answers', durationMs: expect.any(Number) },
      { name: 'api', status: 'CRITICAL', summary: 'CRITICAL - api returns 500', durationMs: expect.any(Number), previousStatus: 'OK' },
    ]);
  });

  it('leaves the timeline alone with --no-record or when no incident is open', async () => {
    box = await createCliSandbox(config({ fine: OK }));
    const noIncident = await box.run(['check']);
    expect([noIncident.code, noIncident.stderr]).toEqual([0, '']);
    await box.run(['declare', '--title', 'Slow pages', '--severity', 'SEV3']);
    expect((await box.run(['check', '--no-record'])).code).toBe(0);
    const status = JSON.parse((await box.run(['status', '--json'])).stdout) as { events: { type: string }[] };
    expect(status.events.some((e) => e.type === 'check.finished')).toBe(false);
  });
});

describe('interrupting warroom check', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('on %s stops the running checks\' process groups and exits 128 + the signal: %i', async (name, code) => {
    box = await createCliSandbox(config({ hang: 'echo $$ > pgid; sleep 60' }).replace('timeout: 1s', 'timeout: 60s'));
    const child = spawn(process.execPath, [WARROOM_BIN, '--config', box.configPath!, '--store', box.storePath, 'check'], { cwd: box.dir, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let pgid = 0;
    for (let i = 0; i < 200 && !pgid; i++) {
      await new Promise((r) => setTimeout(r, 25));
      pgid = Number((await readFile(join(box.dir, 'pgid'), 'utf8').catch(() => '')).trim());
    }
    expect(pgid).toBeGreaterThan(0);
    const sent = performance.now();
    child.kill(name);
    expect(await exited).toBe(code);
    expect(performance.now() - sent).toBeLessThan(2_000);
    expect(survivorsOfGroup(pgid)).toEqual([]);
  });
});
