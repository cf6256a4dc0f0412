/** `warroom freeze`: exit codes deploy scripts rely on, freezes by hand with and without an incident, the freeze file. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCliSandbox, type CliSandbox } from '../../helpers/cli.js';

let sandbox: CliSandbox | undefined;
afterEach(async () => {
  await sandbox?.cleanup();
  sandbox = undefined;
});

describe('warroom freeze', () => {
  it('with no incident: allowed until frozen by hand; who, why and since are shown; off allows again', async () => {
    sandbox = await createCliSandbox('freeze:\n  file: run/deploy-freeze\n');
    const file = join(sandbox.dir, 'run', 'deploy-freeze');
    expect(await sandbox.run(['freeze', 'status'])).toMatchObject({ code: 0, stdout: 'deploys allowed\n' });

    const on = await sandbox.run(['freeze', 'on', '--reason', 'database upgrade tonight'], { env: { WARROOM_ACTOR: 'ops-ana' } });
    expect(on.code, on.stderr).toBe(0);
    expect(on.stdout).toContain('deploys frozen by hand (no incident open) by ops-ana');
    expect(readFileSync(file, 'utf8')).toMatch(/by hand, no incident: by ops-ana since .*: database upgrade tonight/);

    const status = await sandbox.run(['freeze', 'status', '--json']);
    expect(status.code).toBe(1);
    expect(JSON.parse(status.stdout)).toMatchObject({ frozen: true, fileExists: true, holds: [{ incidentId: null, by: 'ops-ana', reason: 'database upgrade tonight' }] });
    // The freeze stream is not an incident.
    expect((await sandbox.run(['list'])).stdout).toContain('no incidents yet');

    expect((await sandbox.run(['freeze', 'on'])).stderr).toContain('already frozen by hand (by ops-ana since');
    const off = await sandbox.run(['freeze', 'off']);
    expect(off.stdout).toContain('lifted: the freeze set by hand');
    expect(off.stdout).toContain('deploys are allowed');
    expect((await sandbox.run(['freeze', 'status'])).code).toBe(0);
    expect(existsSync(file)).toBe(false);
  });

  it('keeps the file while another hold remains, and lifts a SEV1 freeze on resolve', async () => {
    sandbox = await createCliSandbox('freeze:\n  file: deploy-freeze\n');
    const file = join(sandbox.dir, 'deploy-freeze');
    await sandbox.run(['freeze', 'on', '--reason', 'quarter end']);
    await sandbox.run(['declare', '--title', 'Checkout down', '--severity', 'SEV1']);
    const both = await sandbox.run(['freeze', 'status']);
    expect(both.stdout.split('\n').filter((l) => l.startsWith('  '))).toHaveLength(2);
    // Resolving INC-1 lifts its hold only: the freeze by hand still holds, so the file stays.
    await sandbox.run(['resolve', '--reason', 'verified by hand']);
    const after = await sandbox.run(['freeze', 'status']);
    expect(after.code).toBe(1);
    expect(after.stdout).not.toContain('INC-1');
    expect(existsSync(file)).toBe(true);
  });

  it('freezes the open incident by hand when its severity did not, and liftOnResolve: false keeps it after resolving', async () => {
    sandbox = await createCliSandbox('freeze:\n  liftOnResolve: false\n');
    await sandbox.run(['declare', '--title', 'Search slow', '--severity', 'SEV3']);
    expect((await sandbox.run(['freeze', 'status'])).code).toBe(0);
    expect((await sandbox.run(['freeze', 'on', '--reason', 'search reindex'])).stdout).toContain('deploys frozen for INC-1');
    await sandbox.run(['resolve', '--reason', 'verified by hand']);
    const status = await sandbox.run(['freeze', 'status']);
    expect(status.code).toBe(1);
    expect(status.stdout).toContain('INC-1: by tester since');
    expect((await sandbox.run(['--incident', 'INC-1', 'freeze', 'off'])).stdout).toContain('lifted: INC-1');
    expect((await sandbox.run(['freeze', 'status'])).code).toBe(0);
  });

  it('raising the severity to SEV1 freezes deploys (recorded with why, file written); lowering it again does not lift the freeze', async () => {
    sandbox = await createCliSandbox('freeze:\n  file: run/deploy-freeze\n');
    const file = join(sandbox.dir, 'run', 'deploy-freeze');
    await sandbox.run(['declare', '--title', 'Search slow', '--severity', 'SEV3']);
    expect((await sandbox.run(['freeze', 'status'])).stdout).toBe('deploys allowed\n');

    const raised = await sandbox.run(['severity', 'SEV1', '--reason', 'checkout down too']);
    expect(raised.code, raised.stderr).toBe(0);
    expect(raised.stdout).toBe('INC-1: severity SEV3 -> SEV1\nINC-1: deploys frozen (severity raised to SEV1)\n');
    const frozen = await sandbox.run(['freeze', 'status', '--json']);
    expect(frozen.code).toBe(1);
    expect(JSON.parse(frozen.stdout)).toMatchObject({ frozen: true, fileExists: true, holds: [{ incidentId: 'INC-1', reason: 'severity raised to SEV1 (from SEV3)' }] });
    expect(readFileSync(file, 'utf8')).toContain('INC-1: by tester since');
    const events = (JSON.parse((await sandbox.run(['status', '--json'])).stdout) as { events: { type: string; data: Record<string, unknown> }[] }).events;
    expect(events.map((e) => e.type).slice(-2)).toEqual(['severity.changed', 'freeze.changed']);

    // SEV1 to SEV2 keeps the freeze without a word; down to SEV4 says it still holds and how to lift it.
    expect((await sandbox.run(['severity', 'SEV2'])).stdout).toBe('INC-1: severity SEV1 -> SEV2\n');
    const lowered = await sandbox.run(['severity', 'SEV4']);
    expect(lowered.stdout).toContain('INC-1: deploys stay frozen: a lower severity does not lift the freeze, `warroom freeze off` does');
    expect((await sandbox.run(['freeze', 'status'])).code).toBe(1);
    expect(existsSync(file)).toBe(true);

    expect((await sandbox.run(['freeze', 'off', '--reason', 'search only'])).code).toBe(0);
    expect(existsSync(file)).toBe(false);
    // Raising again after a responder lifted it freezes again: a new escalation is a new decision.
    await sandbox.run(['severity', 'SEV3']);
    await sandbox.run(['severity', 'SEV2']);
    expect((await sandbox.run(['freeze', 'status'])).code).toBe(1);
    expect(existsSync(file)).toBe(true);
  });

  it('reports a freeze file made by hand as frozen, and off removes it', async () => {
    sandbox = await createCliSandbox('freeze:\n  file: deploy-freeze\n');
    writeFileSync(join(sandbox.dir, 'deploy-freeze'), 'manual\n');
    const status = await sandbox.run(['freeze', 'status']);
    expect(status.code).toBe(1);
    expect(status.stdout).toContain('exists but no freeze is recorded');
    expect((await sandbox.run(['freeze', 'off'])).stdout).toContain('removed the stray freeze file');
    expect((await sandbox.run(['freeze', 'status'])).code).toBe(0);
  });
});
