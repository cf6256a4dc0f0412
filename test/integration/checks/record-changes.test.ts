// Checks run on a timer record only state changes, so a long drill's timeline stays readable.
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CheckService } from '../../../src/checks/check-service.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { IncidentService } from '../../../src/incidents/incident-service.js';
import { EventStore } from '../../../src/store/event-store.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warroom-record-changes-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('recording only state changes', () => {
  it('writes a result only when its state differs from the last one on the timeline', async () => {
    // A check whose exit code is read from a file the test rewrites between runs.
    const stateFile = join(dir, 'state');
    const script = join(dir, 'check_flip');
    await writeFile(script, `#!/bin/sh\ncode=$(cat "${stateFile}")\necho "FLIP state $code"\nexit $code\n`);
    await chmod(script, 0o755);
    await writeFile(join(dir, 'warroom.yaml'), `checks:\n  - name: flip\n    command: [${script}]\n`);
    const loaded = await loadConfig({ cwd: dir, env: {} });
    const incidents = new IncidentService(new EventStore({ path: join(dir, 'store.json'), actor: 'drill' }), loaded);
    const { id } = await incidents.declare({ title: 'Drill', severity: 'SEV2' });
    const checks = new CheckService(loaded, incidents);
    const recorded = async () => (await incidents.current(id)).events.filter((e) => e.type === 'check.finished').map((e) => (e.data as { status: string }).status);

    for (const code of ['0', '0', '0', '2', '2', '0']) {
      await writeFile(stateFile, code);
      await checks.run(checks.definitions(), { record: 'changes' });
    }
    expect(await recorded()).toEqual(['OK', 'CRITICAL', 'OK']);

    // A normal run records every result, changed or not.
    await checks.run(checks.definitions());
    expect(await recorded()).toEqual(['OK', 'CRITICAL', 'OK', 'OK']);
  });
});

describe('secrets in what a check prints', () => {
  it('never reach the timeline, the result or its command line', async () => {
    const script = join(dir, 'check_db');
    await writeFile(script, '#!/bin/sh\necho "DB OK - connected to postgres://app:hunter2sekrit@db:5432/shop"\necho "token=ghp_abcdefghijklmnopqrstuvwxyz0123456789"\n');
    await chmod(script, 0o755);
    await writeFile(join(dir, 'warroom.yaml'), `checks:\n  - name: db\n    command: [${script}, --password, hunter2sekrit]\n`);
    const loaded = await loadConfig({ cwd: dir, env: {} });
    const incidents = new IncidentService(new EventStore({ path: join(dir, 'store.json'), actor: 'ann' }), loaded);
    const { id } = await incidents.declare({ title: 'Checkout down', severity: 'SEV1' });
    const checks = new CheckService(loaded, incidents);
    const seen: string[] = [];
    const { results } = await checks.run(checks.definitions(), { onResult: (result) => seen.push(JSON.stringify(result)) });
    const stored = JSON.stringify((await incidents.current(id)).events);
    for (const text of [stored, JSON.stringify(results), ...seen]) {
      expect(text).not.toContain('hunter2sekrit');
      expect(text).not.toContain('ghp_abcdefghijklmnopqrstuvwxyz0123456789');
    }
    expect(results[0]!.summary).toBe('DB OK - connected to postgres://app:[REDACTED]@db:5432/shop');
  });
});
