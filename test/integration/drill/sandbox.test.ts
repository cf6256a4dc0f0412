/**
 * The drill sandbox with real processes: built with its own redis-server, worker and database
 * relay; each shipped scenario's faults applied to it turn a check red; teardown (called twice,
 * at once) leaves no process, port or directory. Scenario files fail with file, line and field.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyStep } from '../../../src/drill/fault-injector.js';
import { createSandbox, type Sandbox } from '../../../src/drill/sandbox.js';
import { loadScenario, parseScenarioText, shippedScenarioNames } from '../../../src/drill/scenario-file.js';
import { isAlive, pidsMentioning, portInUse } from '../../../src/drill/sandbox-processes.js';
import { sandboxOffer } from '../../../src/drill/sandbox-offer.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { REPO_ROOT, runWarroom } from '../../helpers/cli.js';
import { requireTestServices } from '../../helpers/services.js';

let sandbox: Sandbox | undefined;
beforeAll(() => requireTestServices());
afterEach(async () => {
  await sandbox?.teardown();
  sandbox = undefined;
});

const build = (updatesDir?: string) =>
  createSandbox({ installDir: REPO_ROOT, needs: ['redis', 'postgres'], database: { host: '127.0.0.1', port: 5432 }, redisServer: 'redis-server', ...(updatesDir ? { updatesDir } : {}) });

describe('drill sandbox', () => {
  it('tears down once however often it is asked, leaving nothing behind', async () => {
    const s = (sandbox = await build());
    const ports = s.ports();
    expect(ports).toHaveLength(3);
    for (const port of ports) expect(await portInUse(port)).toBe(true);
    const pids = pidsMentioning(s.dir);
    expect(pids.length).toBeGreaterThan(0);
    await Promise.all([s.teardown(), s.teardown()]);
    await s.teardown();
    expect(pids.filter(isAlive)).toEqual([]);
    for (const port of ports) expect(await portInUse(port)).toBe(false);
    expect(existsSync(s.dir)).toBe(false);
  }, 60_000);

  it('every shipped scenario parses, and its steps apply to a real sandbox', async () => {
    expect(shippedScenarioNames()).toEqual(['bad-deploy', 'database-unreachable', 'slow-provider', 'worker-backlog']);
    const s = (sandbox = await build());
    const offer = await sandboxOffer(s, await loadConfig({ explicit: s.configPath, cwd: s.home, env: {} }));
    expect(offer.versions).toEqual(['v1.0.0', 'v1.1.0', 'v1.2.0']);
    for (const name of shippedScenarioNames()) {
      const { file, text, scenario } = await loadScenario(name, REPO_ROOT);
      // Every action, release and runbook a shipped scenario names is in the sandbox.
      expect(() => parseScenarioText(text, file, offer)).not.toThrow();
      expect(scenario.runbook).toBeDefined();
      for (const step of scenario.steps) expect(await applyStep(s, step)).not.toBe('');
    }
    expect(await (await fetch(`http://127.0.0.1:${s.ports()[0]}/version`)).text()).toBe('v1.2.0\n');
  }, 60_000);

  it('slow-provider: the expected mitigation brings every shop check back to OK, and updates land in the output directory', async () => {
    const out = mkdtempSync(join(tmpdir(), 'warroom-drill-out-'));
    try {
      const s = (sandbox = await build(out));
      const warroom = (args: string[]) => runWarroom(['--config', s.configPath, '--store', join(out, 'store.json'), ...args], { cwd: out });
      expect((await warroom(['declare', '--title', 'Slow shop', '--severity', 'SEV2'])).code).toBe(0);
      const { scenario } = await loadScenario('slow-provider', REPO_ROOT);
      for (const step of scenario.steps) await applyStep(s, step);
      const broken = await warroom(['check', 'shop-front-page']);
      expect(broken.stdout).toMatch(/CRITICAL|WARNING/);
      const fix = await warroom(['action', scenario.expect.mitigation[0]!, '--yes']);
      expect(fix.code, fix.stdout + fix.stderr).toBe(0);
      expect(fix.stdout).toMatch(/verification passed/i);
      const after = await warroom(['check', 'shop-front-page', 'shop-health']);
      expect(after.code, after.stdout).toBe(0);

      expect((await warroom(['update', '--audience', 'customer', '--text', 'Checkout is paused while the payment provider is slow.', '--post', '--force'])).code).toBe(0);
      expect((await warroom(['update', '--audience', 'internal', '--text', 'Payments flag off; watching the provider.', '--post', '--force'])).code).toBe(0);
      expect(readFileSync(join(out, 'status-page.md'), 'utf8')).toContain('Checkout is paused');
      expect(readFileSync(join(out, 'team-channel.md'), 'utf8')).toContain('Payments flag off');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('names the file, line and field of a scenario mistake', () => {
    const text = 'name: x\ntitle: t\nbriefing: b\nsteps:\n  - at: 10s\n    action: slow\n    ms: -5\nexpect:\n  severity: SEV1\n  mitigation: [rollback]\n';
    expect(() => parseScenarioText(text, 'x.yaml')).toThrow(/x\.yaml:7: steps\.0\.ms: /);
  });
});
