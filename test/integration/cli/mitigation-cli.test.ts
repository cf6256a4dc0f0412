/**
 * End to end with real processes: the example shop is broken by a bad deploy, `warroom changes`
 * flags the deploy, `warroom action rollback --yes` restores it, the verify check turns OK, the
 * incident is marked mitigated with a time to mitigate, and deploys stay frozen throughout.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runWarroom, type CliResult } from '../../helpers/cli.js';
import { createShopSandbox, type ShopSandbox } from '../../helpers/shop-sandbox.js';

let shop: ShopSandbox | undefined;
afterEach(async () => {
  await shop?.cleanup();
  shop = undefined;
});

interface EventJson {
  type: string;
  data: Record<string, unknown>;
}

function warroom(sandbox: ShopSandbox, args: string[]): Promise<CliResult> {
  return runWarroom(['--config', sandbox.configPath, ...args], { cwd: sandbox.home, env: { WARROOM_ACTOR: 'ana' } });
}

describe('mitigating the example shop from the command line', () => {
  it('rolls back the bad deploy, verifies, marks mitigated; the freeze holds until resolution', async () => {
    shop = await createShopSandbox();
    const s = shop;
    const freezeFile = join(s.home, 'deploy-freeze');
    expect((await warroom(s, ['freeze', 'status'])).code).toBe(0);

    // The bad deploy breaks the shop.
    expect((await s.script('deploy.sh', ['v1.2.0'])).code).toBe(0);
    expect((await s.get('/health')).status).toBe(500);

    // Declaring a SEV1 freezes deploys: status exits 1, the file exists, the deploy script refuses.
    expect((await warroom(s, ['declare', '--title', 'Checkout fails', '--severity', 'SEV1'])).code).toBe(0);
    const frozen = await warroom(s, ['freeze', 'status']);
    expect(frozen.code).toBe(1);
    expect(frozen.stdout).toContain('deploys FROZEN');
    expect(frozen.stdout).toMatch(/INC-1: by ana since .*: SEV1 declared/);
    expect(existsSync(freezeFile)).toBe(true);
    expect((await s.script('deploy.sh', ['v1.0.0'])).code).toBe(3);

    // The changes view flags the deploy, with the version to return to.
    const changes = await warroom(s, ['changes', '--json']);
    expect(changes.code, changes.stderr).toBe(0);
    const suspect = (JSON.parse(changes.stdout) as { suspect: boolean; ref: string; previousRef: string; kind: string }[]).find((c) => c.suspect);
    expect(suspect).toMatchObject({ kind: 'deploy', ref: 'v1.2.0', previousRef: 'v1.1.0' });

    // Without a terminal and without --yes nothing runs.
    const refused = await warroom(s, ['action', 'rollback']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('there is no terminal to ask on: pass --yes');
    expect((await s.get('/health')).status).toBe(500);

    const rollback = await warroom(s, ['action', 'rollback', '--yes']);
    expect(rollback.code, rollback.stderr).toBe(0);
    expect(rollback.stdout).toMatch(/target: +shop v1\.2\.0 -> v1\.1\.0 \(latest deploy before detection/);
    expect(rollback.stdout).toContain('went out 0 min before detection');
    expect(rollback.stdout).toContain('would roll back shop v1.2.0 -> v1.1.0');
    expect(rollback.stdout).toContain('rolling back shop v1.2.0 -> v1.1.0');
    expect(rollback.stdout).toMatch(/verification PASSED:\n {2}shop-health {2}CRITICAL -> OK/);
    expect(await s.get('/version')).toMatchObject({ status: 200, body: 'v1.1.0\n' });

    // Still frozen after the rollback: a rollback is not a reason to start deploying again.
    expect((await warroom(s, ['freeze', 'status'])).code).toBe(1);

    const mitigated = await warroom(s, ['mitigated', '--note', 'rolled back to v1.1.0']);
    expect(mitigated.code, mitigated.stderr).toBe(0);
    expect(mitigated.stdout).toMatch(/^INC-1: mitigated at .*, \d+s after detection/);

    const status = JSON.parse((await warroom(s, ['status', '--json'])).stdout) as {
      frozen: boolean;
      milestones: Record<string, string>;
      durations: { timeToMitigateMs: number | null };
      events: EventJson[];
    };
    expect(status.frozen).toBe(true);
    expect(status.milestones.mitigated).toBeDefined();
    expect(status.durations.timeToMitigateMs).toBeGreaterThan(0);
    const actionEvents = status.events.filter((e) => /^(action|mitigation|incident\.mitigated)/.test(e.type));
    expect(actionEvents.map((e) => `${e.type}${e.data['dryRun'] ? ' (dry run)' : ''}`)).toEqual([
      'action.started (dry run)',
      'action.finished (dry run)',
      'mitigation.started',
      'action.started',
      'action.finished',
      'action.verified',
      'incident.mitigated',
    ]);
    expect(actionEvents[4]!.data).toMatchObject({ exitCode: 0, argv: [expect.stringMatching(/rollback\.sh$/), 'v1.1.0'] });
    expect(actionEvents[5]!.data).toEqual({ name: 'rollback', passed: true, results: [expect.objectContaining({ name: 'shop-health', before: 'CRITICAL', after: 'OK' })] });

    // Resolving lifts the freeze (freeze.liftOnResolve) and removes the file.
    expect((await warroom(s, ['resolve', '--reason', 'recovery checklist walked by hand'])).code).toBe(0);
    expect((await warroom(s, ['freeze', 'status'])).code).toBe(0);
    expect(existsSync(freezeFile)).toBe(false);
  });

  it('lists the actions fastest first and refuses an unknown one naming the configured ones', async () => {
    shop = await createShopSandbox({ start: false });
    const list = await warroom(shop, ['actions']);
    expect(list.stdout.split('\n').filter(Boolean).map((l) => l.split(/\s+/)[0])).toEqual(['payments-off', 'payments-on', 'restart', 'maintenance-on', 'rollback', 'maintenance-off']);
    await warroom(shop, ['declare', '--title', 'x', '--severity', 'SEV3']);
    const unknown = await warroom(shop, ['action', 'rolback', '--yes']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no action "rolback" (configured actions: payments-off, payments-on, restart, maintenance-on, rollback, maintenance-off)');
  });
});
