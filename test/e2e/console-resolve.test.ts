/**
 * Resolving from the built console in a real pseudo-terminal, with one check failing: R re-runs
 * the checks, asks for a reason, records it, lifts the freeze, and e writes the postmortem draft,
 * which carries the reason. Needs `npm run build` first.
 */
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EventStore } from '../../src/store/event-store.js';
import { createConsoleSandbox, requireFreshBuild, type ConsoleSandbox } from '../helpers/console-pty.js';

let sandbox: ConsoleSandbox | undefined;
beforeAll(() => requireFreshBuild());
afterEach(async () => {
  await sandbox?.cleanup();
  sandbox = undefined;
});

const CONFIG = `service: shop
checks:
  - name: api-health
    command: [./probe.sh, OK]
  - name: error-rate
    command: [./probe.sh, CRITICAL]
`;

const PROBE = '#!/bin/sh\necho "$1 - probe answered $1"\n[ "$1" = OK ] && exit 0\nexit 2\n';
const REASON = 'error-rate lags 5 min; dashboards at baseline';

describe('resolving in the console', () => {
  it('with one failing check: a typed reason is required and recorded, the freeze lifted, the postmortem written with it', async () => {
    sandbox = await createConsoleSandbox(CONFIG);
    await writeFile(join(sandbox.dir, 'probe.sh'), PROBE);
    await chmod(join(sandbox.dir, 'probe.sh'), 0o755);
    expect((await sandbox.cli(['declare', '--title', 'Checkout returns 502', '--severity', 'SEV1'])).code).toBe(0);

    const term = sandbox.open({ actor: 'alice', cols: 120, rows: 40 });
    await term.waitFor(/INC-1 +SEV1/, 10_000);

    term.write('R');
    await term.waitFor('Resolve INC-1?', 10_000);
    await term.waitFor(/CRITICAL +error-rate +CRITICAL - probe answered CRITICAL/);
    await term.waitFor('Recovery verification: 0/14 ticked (attached to the checklist now)');
    await term.waitFor('Resolving needs a reason.');

    term.write('y');
    await term.waitFor('why is it safe?');
    term.write(REASON);
    await term.waitFor(`Reason: ${REASON}`);
    term.write('\r');
    await term.waitFor('INC-1 resolved', 10_000);
    await term.waitFor(`with the reason: ${REASON}`);
    await term.waitFor('Deploy freeze lifted.');

    term.write('e');
    const screen = await term.waitFor(/postmortem draft written to (\S+\.md)/, 10_000);
    const path = /postmortem draft written to (\S+\.md)/.exec(screen)![1]!;

    term.write('\u001b');
    await term.waitFor(/alice +resolved: 14 checklist item\(s\) open; checks not OK: error-rate; reason: error-rate lags/);
    term.write('q');
    await term.waitFor('Quit the console?');
    term.write('y');
    expect((await term.exited).exitCode).toBe(0);

    const events = (await new EventStore({ path: sandbox.storePath, actor: 'reader' }).read()).events;
    const resolved = events.find((e) => e.type === 'incident.resolved')!;
    expect(resolved).toMatchObject({ actor: 'alice', data: { reason: REASON, openItems: 14, failingChecks: ['error-rate'] } });
    expect(events.filter((e) => e.type === 'freeze.changed').map((e) => (e.data as { frozen: boolean }).frozen)).toEqual([true, false]);
    expect((await sandbox.cli(['freeze', 'status'])).code).toBe(0);
    const markdown = await readFile(path, 'utf8');
    expect(markdown).toContain(`reason: ${REASON}`);
    expect(markdown).toContain('checks not OK: error-rate');
  });
});
