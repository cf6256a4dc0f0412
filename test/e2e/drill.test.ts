/**
 * The bad-deploy drill in a real pseudo-terminal: the sandbox comes up, the injected deploy
 * turns the health check CRITICAL, the rollback from the action dialog restores it, quitting
 * prints the score and saves the report, and afterwards no process, port or directory of the
 * sandbox is left. Signals (SIGTERM, a dropped terminal) tear it down the same way.
 * Needs `npm run build` first, redis-server installed and PostgreSQL on 5432 (scripts/test-services.sh).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runWarroom, WARROOM_BIN } from '../helpers/cli.js';
import { pidsMentioning } from '../../src/drill/sandbox-processes.js';
import { requireFreshBuild } from '../helpers/console-pty.js';
import { drillParts, portAnswers, sandboxDirFrom, type DrillParts } from '../helpers/drill-sandbox-watch.js';
import { isRunning } from '../helpers/processes.js';
import { spawnPty, type PtyTerminal } from '../helpers/pty-terminal.js';
import { requireTestServices } from '../helpers/services.js';

const SCENARIO = `name: quick-bad-deploy
title: A release breaks the shop
briefing: Watch the checks.
steps:
  - at: 2s
    action: deploy
    version: v1.2.0
expect:
  severity: SEV1
  mitigation: [rollback]
`;

let work: string;
let term: PtyTerminal | undefined;
beforeAll(async () => {
  requireFreshBuild();
  await requireTestServices();
});
afterEach(async () => {
  // A failed test still lets the drill tear its sandbox down: SIGTERM and wait, never a bare SIGKILL.
  if (term) {
    term.kill('SIGTERM');
    await Promise.race([term.exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    term.dispose();
  }
  term = undefined;
  rmSync(work, { recursive: true, force: true });
});

function startDrill(scenario = SCENARIO, extraArgs: string[] = []): PtyTerminal {
  work = mkdtempSync(join(tmpdir(), 'warroom-drill-test-'));
  writeFileSync(join(work, 'quick.yaml'), scenario);
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('WARROOM_')));
  term = spawnPty(process.execPath, [WARROOM_BIN, '--actor', 'ana', 'drill', join(work, 'quick.yaml'), '--output', join(work, 'out'), ...extraArgs], {
    cols: 120,
    rows: 40,
    cwd: work,
    env: { ...env, TERM: 'xterm-256color' },
  });
  return term;
}

async function partsOnceUp(t: PtyTerminal): Promise<DrillParts> {
  await t.waitFor('DRILL: practice incidents only', 30_000);
  const output = t.outputSince(0);
  const dir = sandboxDirFrom(output);
  expect(dir).toBeDefined();
  const redisPort = Number(/redis-server on 127\.0\.0\.1:(\d+)/.exec(output)?.[1]);
  const parts = drillParts(dir!, redisPort);
  expect(parts.pids.length).toBeGreaterThanOrEqual(4); // shop, worker, relay, redis
  for (const port of parts.ports) expect(await portAnswers(port)).toBe(true);
  return parts;
}

/** The saved report, read back: the score and what the drill did. */
function savedReport(): { score: { faultAt: string; endedAt: string; mitigation: { met: boolean } }; drillLog: { text: string }[]; events: { type: string; data: { drill?: boolean } }[] } {
  expect(existsSync(join(work, 'out', 'drill.md'))).toBe(true);
  return JSON.parse(readFileSync(join(work, 'out', 'drill.json'), 'utf8')) as ReturnType<typeof savedReport>;
}

async function expectNothingLeft(parts: DrillParts): Promise<void> {
  expect(parts.pids.filter(isRunning)).toEqual([]);
  for (const port of parts.ports) expect(await portAnswers(port)).toBe(false);
  expect(existsSync(parts.dir)).toBe(false);
}

async function shopVersion(port: number): Promise<string> {
  try {
    return (await (await fetch(`http://127.0.0.1:${port}/version`, { signal: AbortSignal.timeout(2_000) })).text()).trim();
  } catch {
    return '';
  }
}

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('warroom drill', () => {
  it('injects the bad deploy, lets the rollback restore the shop, scores the drill and leaves nothing behind', async () => {
    const t = startDrill();
    const before = await partsOnceUp(t);
    // Before anything is declared the start screen shows the briefing and the drill's checks.
    await t.waitFor('Drill: A release breaks the shop');
    expect(t.screen()).toContain('Watch the checks.');
    await t.waitFor(/✓ OK +shop-health +HTTP OK/, 15_000);
    // The responder declares once the fault is there (the deploy then counts as the suspect):
    // the start screen turns red and says so.
    await until(async () => (await shopVersion(before.ports[0]!)) === 'v1.2.0', 20_000);
    await t.waitFor(/✗ CRITICAL +shop-health +HTTP CRITICAL/, 15_000);
    await t.waitFor(/shop-(health|front-page) CRITICAL — declare with d/);
    t.write('d');
    await t.waitFor('Declare an incident');
    t.write('Checkout fails\r');
    await t.waitFor('severity of "Checkout fails"');
    t.write('1');
    await t.waitFor(/INC-1 +SEV1/, 10_000);
    expect(t.screen()).toContain('DRILL');
    await t.waitFor(/CRITICAL +shop-health/, 20_000);
    // Every process the drill ran so far, including the shop restarted by the injected deploy.
    const during = drillParts(before.dir, before.ports.at(-1));

    t.write('a');
    await t.waitFor('Mitigate on INC-1');
    // The menu lists the fastest first; move down until the rollback is selected.
    const selected = (screen: string) => /› (\S+)/.exec(screen)?.[1];
    for (let i = 0; i < 8 && selected(t.screen()) !== 'rollback'; i++) {
      const before = selected(t.screen());
      t.write('j');
      await t.waitFor((screen) => selected(screen) !== before);
    }
    await t.waitFor(/› rollback/);
    t.write('\r');
    await t.waitFor('Preflight: rollback on INC-1', 15_000);
    t.write('\r');
    await t.waitFor('dry run finished', 15_000);
    t.write('\r');
    await t.waitFor('Type "rollback"');
    t.write('rollback\r');
    await t.waitFor('verification passed', 30_000);
    expect(t.screen()).toMatch(/shop-health +CRITICAL -> OK/);
    t.write('m');
    await t.waitFor('marked mitigated');
    t.write('\x1b');
    await t.waitForGone('Done: rollback');
    t.write('q');
    await t.waitFor('Quit the console and end the drill?');
    expect(t.screen()).toContain('Quitting ends the drill: the sandbox is removed');
    t.write('y');
    expect((await t.exited).exitCode).toBe(0);

    const printed = t.outputSince(0);
    expect(printed).toMatch(/Drill quick-bad-deploy: \d+\/\d+ \(incident INC-1\)/);
    expect(printed).toMatch(/yes +mitigation used +rollback/);
    expect(printed).toContain('Sandbox removed.');
    expect(printed).toContain('(and drill.json, store.json beside it)');
    const report = savedReport();
    expect(report.score.mitigation.met).toBe(true);
    expect(report.events.find((e) => e.type === 'incident.declared')?.data.drill).toBe(true);
    expect(readFileSync(join(work, 'out', 'drill.md'), 'utf8')).toContain('## Timeline');
    await expectNothingLeft({ ...during, pids: [...new Set([...before.pids, ...during.pids])] });
  }, 120_000);

  it('refuses a scenario naming an action and a release the sandbox lacks, with file and line, leaving no directory behind', async () => {
    work = mkdtempSync(join(tmpdir(), 'warroom-drill-test-'));
    const file = join(work, 'typo.yaml');
    writeFileSync(file, SCENARIO.replace('version: v1.2.0', 'version: v1.9.0').replace('[rollback]', '[rolback]'));
    const result = await runWarroom(['drill', file, '--output', join(work, 'out')], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}:7: steps.0.version: no release "v1.9.0" in the sandbox's history (its releases: v1.0.0, v1.1.0, v1.2.0)`);
    expect(result.stderr).toContain(`${file}:10: expect.mitigation.0: no action "rolback" in the drill's sandbox (its actions: rollback,`);
    expect(existsSync(join(work, 'out'))).toBe(false);
    const dir = sandboxDirFrom(result.stdout);
    expect(dir).toBeDefined();
    expect(existsSync(dir!)).toBe(false);
    expect(pidsMentioning(dir!)).toEqual([]);
  }, 60_000);

  it('shows a fault that could not be injected, keeps it in the drill log, and does not start the fault clock with it', async () => {
    const failing = SCENARIO.replace('  - at: 2s\n    action: deploy\n    version: v1.2.0', '  - at: 1s\n    action: stop\n    target: database');
    const t = startDrill(failing, ['--no-database']);
    await t.waitFor('DRILL: practice incidents only', 30_000);
    await t.waitFor('drill: could not inject stop database', 15_000);
    // The flash goes after a while; the start screen keeps the line.
    expect(t.screen()).toContain('✗ drill: could not inject stop database');
    t.write('q');
    await t.waitFor('end the drill?');
    t.write('y');
    expect((await t.exited).exitCode).toBe(0);
    const report = savedReport();
    expect(report.drillLog.map((l) => l.text)).toEqual([expect.stringMatching(/^could not inject stop database: .*no database/)]);
    expect(report.score.faultAt).toBe(report.score.endedAt);
    expect(readFileSync(join(work, 'out', 'drill.md'), 'utf8')).toContain('could not inject stop database');
  }, 60_000);

  for (const how of ['SIGTERM', 'SIGHUP', 'hang-up'] as const) {
    it(`tears the sandbox down and saves the report on ${how}`, async () => {
      const t = startDrill();
      const parts = await partsOnceUp(t);
      if (how === 'hang-up') t.hangUp();
      else t.kill(how);
      const exit = await t.exited;
      if (how === 'SIGTERM') expect(exit.exitCode).toBe(143);
      // A terminal that hung up (or a SIGHUP) ends the process by SIGHUP after the cleanup, never by an abort or a crash.
      else expect(exit.signal).toBe(constants.signals.SIGHUP);
      await expectNothingLeft(parts);
      const report = savedReport();
      expect(report.events).toEqual([]);
      expect(report.score.endedAt).toBeTruthy();
    }, 60_000);
  }
});
