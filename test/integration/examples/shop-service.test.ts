/** The example shop works as the walkthrough says: real server, real git tags, real deploy log. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { processesMentioning, createShopSandbox, type ShopSandbox } from '../../helpers/shop-sandbox.js';

let shop: ShopSandbox | undefined;
afterEach(async () => {
  await shop?.cleanup();
  shop = undefined;
});

function deployLog(home: string): Record<string, unknown>[] {
  return readFileSync(join(home, 'deploys.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('example shop service', () => {
  it('is healthy on v1.1.0 after setup, broken by the v1.2.0 deploy, healthy again after rolling back', async () => {
    shop = await createShopSandbox();
    expect(await shop.get('/health')).toMatchObject({ status: 200, body: expect.stringContaining('"version":"v1.1.0"') });

    const deploy = await shop.script('deploy.sh', ['v1.2.0'], { SHOP_ACTOR: 'dana' });
    expect(deploy.code, deploy.stderr).toBe(0);
    const broken = await shop.get('/health');
    expect(broken.status).toBe(500);
    expect(broken.body).toContain('paymentTimeoutMs');
    expect((await shop.get('/')).status).toBe(500);
    expect(deployLog(shop.home).at(-1)).toMatchObject({ service: 'shop', version: 'v1.2.0', actor: 'dana' });

    const rollback = await shop.script('rollback.sh', ['v1.1.0'], { SHOP_ACTOR: 'erin' });
    expect(rollback.code, rollback.stderr).toBe(0);
    expect((await shop.get('/health')).status).toBe(200);
    expect(deployLog(shop.home).at(-1)).toMatchObject({ version: 'v1.1.0', rollbackOf: 'v1.2.0', actor: 'erin' });
    // The release directory is a real checkout of the tag.
    expect(JSON.parse(readFileSync(join(shop.home, 'release', 'release.json'), 'utf8'))).toMatchObject({ version: 'v1.1.0' });
  });

  it('dry runs change nothing', async () => {
    shop = await createShopSandbox();
    const pid = shop.pid();
    const dry = await shop.script('deploy.sh', ['--dry-run', 'v1.2.0']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('would deploy shop v1.1.0 -> v1.2.0');
    expect(shop.pid()).toBe(pid);
    expect((await shop.get('/health')).status).toBe(200);
    expect(deployLog(shop.home)).toHaveLength(2);
  });

  it('refuses to deploy while frozen but lets a rollback through', async () => {
    shop = await createShopSandbox();
    await shop.script('deploy.sh', ['v1.2.0']);
    writeFileSync(join(shop.home, 'deploy-freeze'), 'frozen by ops for INC-1\n');
    const refused = await shop.script('deploy.sh', ['v1.0.0']);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('frozen by ops for INC-1');
    expect(await shop.get('/version')).toMatchObject({ body: 'v1.2.0\n' });
    expect((await shop.script('rollback.sh', ['v1.1.0'])).code).toBe(0);
    expect(await shop.get('/version')).toMatchObject({ body: 'v1.1.0\n' });
  });

  it('switches the maintenance page on and off without a restart', async () => {
    shop = await createShopSandbox();
    const pid = shop.pid();
    expect((await shop.script('maintenance.sh', ['on'])).code).toBe(0);
    const front = await shop.get('/');
    expect(front.status).toBe(503);
    expect(front.body).toContain('under maintenance');
    expect(await shop.get('/health')).toMatchObject({ status: 503, body: expect.stringContaining('maintenance') });
    expect((await shop.script('maintenance.sh', ['off'])).code).toBe(0);
    expect((await shop.get('/')).status).toBe(200);
    expect(shop.pid()).toBe(pid);
  });

  it('the payments flag takes the slow provider off the front page without a restart, and health stays 200', async () => {
    shop = await createShopSandbox();
    const pid = shop.pid();
    const shopctl = (args: string[]) => shop!.script('shopctl.mjs', args);
    expect((await shopctl(['fault', 'slow', '/', '4000'])).code).toBe(0);
    const slowStart = Date.now();
    expect((await shop.get('/')).status).toBe(200);
    expect(Date.now() - slowStart).toBeGreaterThanOrEqual(3_900);
    const dry = await shopctl(['flag', 'payments', 'off', '--dry-run']);
    expect(dry.stdout).toContain('would switch flag payments on -> off');
    expect(existsSync(join(shop.home, 'flags.json'))).toBe(false);
    expect((await shopctl(['flag', 'payments', 'off'])).code).toBe(0);
    const start = Date.now();
    const front = await shop.get('/');
    expect(Date.now() - start).toBeLessThan(2_000);
    expect(front).toMatchObject({ status: 200, body: expect.stringContaining('Checkout is paused') });
    expect((await shop.get('/health')).status).toBe(200);
    expect(shop.pid()).toBe(pid);
  });

  it('refuses a version that is not a plain tag name, and an unknown tag, changing nothing', async () => {
    shop = await createShopSandbox();
    const hostile = await shop.script('rollback.sh', ['v1; rm -rf /']);
    expect(hostile.code).toBe(2);
    expect(hostile.stderr).toContain('"v1; rm -rf /" is not a version');
    const unknown = await shop.script('rollback.sh', ['v9.9.9']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no release v9.9.9');
    expect(unknown.stderr).toContain('v1.0.0, v1.1.0, v1.2.0');
    expect((await shop.get('/health')).status).toBe(200);
  });

  it('leaves no process behind after cleanup', async () => {
    const instance = await createShopSandbox();
    await instance.script('deploy.sh', ['v1.2.0']);
    expect(processesMentioning(instance.home)).toHaveLength(1);
    await instance.cleanup();
    expect(processesMentioning(instance.home)).toEqual([]);
    expect(existsSync(instance.home)).toBe(false);
  });
});
