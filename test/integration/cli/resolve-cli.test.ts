/**
 * `warroom resolve` with real checks (tiny scripts in a temp dir that answer OK or CRITICAL
 * depending on a file), the shipped recovery verification runbook and a real store.
 */
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCliSandbox, type CliSandbox } from '../../helpers/cli.js';

let box: CliSandbox;

const CONFIG = `
checks:
  - name: api-health
    command: [./probe.sh, api]
  - name: error-rate
    command: [./probe.sh, errors]
`;

/** A Nagios-style probe: CRITICAL while a file named after its argument exists under broken/. */
const PROBE = `#!/bin/sh
if [ -e "broken/$1" ]; then echo "CRITICAL - $1 failing"; exit 2; fi
echo "OK - $1 fine"; exit 0
`;

async function statusJson(): Promise<{ status: string; frozen: boolean; events: { type: string; data: Record<string, unknown> }[] }> {
  return JSON.parse((await box.run(['status', '--incident', 'INC-1', '--json'])).stdout);
}

/** The team's own recovery runbook (a file of the shipped name wins), short enough to tick quickly. */
async function ownRecoveryRunbook(): Promise<void> {
  await mkdir(join(box.dir, 'runbooks'));
  await writeFile(join(box.dir, 'runbooks', 'recovery-verification.md'), '# Recovery\n\n## Signals\n\n- [ ] Error rate at baseline\n- [ ] Checkout works by hand\n');
}

/** Ticks every item of the recovery runbook, by the keys `warroom checklist --json` reports. */
async function tickAllRecoveryItems(): Promise<void> {
  const view = JSON.parse((await box.run(['checklist', '--json'])).stdout) as { runbooks: { runbook: string; sections: { items: { key: string }[] }[] }[] };
  const recovery = view.runbooks.find((r) => r.runbook === 'recovery-verification')!;
  const ids = recovery.sections.flatMap((s) => s.items).map((i) => i.key);
  expect(ids).toEqual(['recovery-verification#signals/error-rate-at-baseline', 'recovery-verification#signals/checkout-works-by-hand']);
  for (const id of ids) expect((await box.run(['tick', id])).code).toBe(0);
}

beforeEach(async () => {
  box = await createCliSandbox(CONFIG);
  await writeFile(join(box.dir, 'probe.sh'), PROBE);
  await chmod(join(box.dir, 'probe.sh'), 0o755);
  await mkdir(join(box.dir, 'broken'));
  await writeFile(join(box.dir, 'broken', 'errors'), '');
  expect((await box.run(['declare', '--title', 'Checkout returns 502', '--severity', 'SEV1'])).code).toBe(0);
});

afterEach(() => box.cleanup());

describe('warroom resolve', () => {
  it('refuses with exit 1 when a check is not OK or recovery items are open, listing them; nothing is resolved', async () => {
    const refused = await box.run(['resolve', '--note', 'rolled back']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/OK\s+api-health\s+OK - api fine/);
    expect(refused.stdout).toMatch(/CRITICAL\s+error-rate\s+CRITICAL - errors failing/);
    expect(refused.stdout).toContain('Recovery verification: 0/14 ticked (attached to the checklist now)');
    expect(refused.stdout).toContain('[ ] Log in with a real account  (key-flows-tested-by-hand/log-in-with-a-real-account)');
    expect(refused.stderr).toBe(
      'warroom: INC-1 not resolved: 14 recovery checklist items open (0/14 done); 1 check not OK: error-rate CRITICAL; tick the items (`warroom tick ID`) and fix the checks, or resolve anyway with --reason "why it is safe"\n',
    );
    const status = await statusJson();
    expect(status).toMatchObject({ status: 'investigating', frozen: true });
    // The re-run is on the timeline, and the runbook now on the checklist.
    expect(status.events.filter((e) => e.type === 'check.finished')).toHaveLength(2);
    expect(status.events.filter((e) => e.type === 'runbook.attached')).toEqual([expect.objectContaining({ data: expect.objectContaining({ runbook: 'recovery-verification' }) })]);
  });

  it('with --reason records the reason, what was open and failing, lifts the freeze, and prints the next steps', async () => {
    const done = await box.run(['resolve', '--note', 'rolled back', '--reason', 'error-rate lags; dashboards at baseline']);
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/^INC-1: resolved at \S+ \(reason recorded\)$/m);
    expect(done.stdout).toContain('INC-1: deploy freeze lifted');
    expect(done.stdout).toContain('warroom update --kind resolution');
    expect(done.stdout).toContain('warroom export');
    const status = await statusJson();
    expect(status).toMatchObject({ status: 'resolved', frozen: false });
    expect(status.events.find((e) => e.type === 'incident.resolved')!.data).toEqual({
      note: 'rolled back', reason: 'error-rate lags; dashboards at baseline', openItems: 14, failingChecks: ['error-rate'],
    });
    const again = await box.run(['resolve', '--incident', 'INC-1', '--reason', 'x']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/INC-1 is already resolved/);
  });

  it('resolves without a reason once every check is OK and every recovery item is ticked', async () => {
    await ownRecoveryRunbook();
    await box.run(['attach', 'recovery-verification']);
    await tickAllRecoveryItems();
    await rm(join(box.dir, 'broken', 'errors'));
    const done = await box.run(['resolve']);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('Verified: every check OK and every recovery item ticked.');
    expect(done.stdout).not.toContain('attached to the checklist now');
    const resolved = (await statusJson()).events.find((e) => e.type === 'incident.resolved')!;
    expect(resolved.data).toEqual({});
  });

  it('--skip-checks runs nothing and needs a reason, which is recorded with the skip', async () => {
    await ownRecoveryRunbook();
    await box.run(['attach', 'recovery-verification']);
    await tickAllRecoveryItems();
    const refused = await box.run(['resolve', '--skip-checks']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('checks were not re-run');
    expect((await statusJson()).events.some((e) => e.type === 'check.finished')).toBe(false);
    expect((await box.run(['resolve', '--skip-checks', '--reason', 'probe host is down'])).code).toBe(0);
    const resolved = (await statusJson()).events.find((e) => e.type === 'incident.resolved')!;
    expect(resolved.data).toEqual({ reason: 'probe host is down', checksSkipped: true });
  });

  it('the postmortem draft carries the recorded reason', async () => {
    await box.run(['resolve', '--reason', 'error-rate lags behind the dashboards']);
    const out = (await box.run(['export'])).stdout;
    const path = /written to (\S+\.md)/.exec(out)![1]!;
    expect(await readFile(path, 'utf8')).toContain('reason: error-rate lags behind the dashboards');
  });
});
