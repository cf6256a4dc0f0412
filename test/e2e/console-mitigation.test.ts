/**
 * The guided mitigation in the real console (pty + headless xterm) against the example shop:
 * a bad deploy breaks it, the deploy flagged by `warroom changes` is marked as the suspect and
 * shows in the changes pane, `a` opens the action menu, the
 * rollback's preflight, dry run and typed confirmation lead to a run whose verify check turns
 * OK, `m` marks the incident mitigated, and deploys stay frozen. Needs `npm run build` first.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EventStore } from '../../src/store/event-store.js';
import { WARROOM_BIN, runWarroom } from '../helpers/cli.js';
import { requireFreshBuild } from '../helpers/console-pty.js';
import { spawnPty, type PtyTerminal } from '../helpers/pty-terminal.js';
import { createShopSandbox, type ShopSandbox } from '../helpers/shop-sandbox.js';

let shop: ShopSandbox | undefined;
let term: PtyTerminal | undefined;
beforeAll(() => requireFreshBuild());
afterEach(async () => {
  term?.dispose();
  term = undefined;
  await shop?.cleanup();
  shop = undefined;
});

describe('mitigating from the console', () => {
  it('rolls back the flagged deploy through the action dialog and marks the incident mitigated', async () => {
    shop = await createShopSandbox();
    const s = shop;
    const cli = (args: string[]) => runWarroom(['--config', s.configPath, ...args], { cwd: s.home, env: { WARROOM_ACTOR: 'ana' } });
    await s.script('deploy.sh', ['v1.2.0']);
    expect((await cli(['declare', '--title', 'Checkout fails', '--severity', 'SEV1'])).code).toBe(0);
    expect((await cli(['check'])).code).toBe(2);
    // The responder marks the flagged deploy as the suspected trigger (the changes pane lists marks).
    const changes = JSON.parse((await cli(['changes', '--json'])).stdout) as { id: string; suspect: boolean }[];
    const flagged = changes.find((c) => c.suspect)!;
    expect((await cli(['suspect', flagged.id])).code).toBe(0);

    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('WARROOM_')));
    const t = spawnPty(process.execPath, [WARROOM_BIN, '--config', s.configPath, '--actor', 'ana', '--incident', 'INC-1'], {
      cols: 120,
      rows: 40,
      cwd: s.home,
      env: { ...env, TERM: 'xterm-256color' },
    });
    term = t;
    await t.waitFor(/INC-1 +SEV1/, 15_000);
    await t.waitFor('v1.2.0', 15_000);

    t.write('a');
    await t.waitFor('Mitigate on INC-1: fastest typical restore first');
    // Down the menu (fastest typical restore first) to the rollback.
    const cursorRow = (screen: string) => screen.split('\n').find((row) => row.includes('│ › '));
    for (let i = 0; i < 10 && !/› rollback/.test(t.screen()); i++) {
      const before = cursorRow(t.screen());
      t.write('j');
      await t.waitFor((screen) => cursorRow(screen) !== before);
    }
    await t.waitFor(/› rollback/);
    t.write('\r');
    await t.waitFor('Preflight: rollback on INC-1', 15_000);
    await t.waitFor(/target: +shop v1\.2\.0 -> v1\.1\.0 \(marked suspect/);
    await t.waitFor(/CRITICAL +shop-health/);

    t.write('\r');
    await t.waitFor('dry run finished: nothing was changed', 15_000);
    expect(t.screen()).toContain('would roll back shop v1.2.0 -> v1.1.0');
    t.write('\r');
    await t.waitFor('Type "rollback" (or "shop") to run it:');
    t.write('rollback\r');
    await t.waitFor('verification passed: press m to mark the incident mitigated', 20_000);
    expect(t.screen()).toMatch(/shop-health +CRITICAL -> OK/);
    t.write('m');
    // "is marked" until the log has it, then "was marked at HH:MM": either may be on screen when looked at.
    await t.waitFor(/verification passed; the incident (is marked mitigated|was marked mitigated at \d\d:\d\d UTC)/);
    await t.waitFor(/Mitigated {3}/);

    t.write('\x1b');
    await t.waitFor((screen) => !screen.includes('Done: rollback'));
    t.write('q');
    await t.waitFor('Quit the console?');
    t.write('y');
    expect((await t.exited).exitCode).toBe(0);

    expect(await s.get('/version')).toMatchObject({ status: 200, body: 'v1.1.0\n' });
    expect((await cli(['freeze', 'status'])).code).toBe(1);
    const store = new EventStore({ path: `${s.home}/.warroom/store.json`, actor: 'reader' });
    const events = (await store.read()).events;
    const types = events.map((e) => e.type);
    expect(types).toContain('mitigation.started');
    expect(events.find((e) => e.type === 'action.verified')?.data).toMatchObject({ name: 'rollback', passed: true });
    expect(events.filter((e) => e.type === 'incident.mitigated').map((e) => e.actor)).toEqual(['ana']);
  });
});
