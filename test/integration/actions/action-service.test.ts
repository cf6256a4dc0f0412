/** Running actions with real processes: arguments, cancel, failure, one at a time, environment, redaction. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ActionService, type Prepared } from '../../../src/actions/action-service.js';
import { CheckService } from '../../../src/checks/check-service.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { startAction } from '../../../src/domain/actions/action-commands.js';
import type { EventDataMap } from '../../../src/domain/events.js';
import { IncidentService } from '../../../src/incidents/incident-service.js';
import { EventStore } from '../../../src/store/event-store.js';
import { scriptDir, survivorsOfGroup } from '../../helpers/processes.js';

type Dir = ReturnType<typeof scriptDir>;
let dir: Dir | undefined;
afterEach(() => {
  dir?.remove();
  dir = undefined;
});

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A store, config and services in a temp dir; `actionsYaml` is the `actions:` list. */
async function setup(actionsYaml: string, parentEnv: NodeJS.ProcessEnv = process.env) {
  dir = scriptDir('warroom-actions-');
  await writeFile(join(dir.dir, 'warroom.yaml'), `service: shop\nactions:\n${actionsYaml}`);
  const loaded = await loadConfig({ explicit: join(dir.dir, 'warroom.yaml'), cwd: dir.dir, env: {} });
  const store = new EventStore({ path: join(dir.dir, 'store.json'), actor: 'ana' });
  const incidents = new IncidentService(store, loaded);
  const checks = new CheckService(loaded, incidents);
  const service = new ActionService(loaded, incidents, checks, { parentEnv });
  const incident = await incidents.declare({ title: 'Checkout fails', severity: 'SEV2' });
  const events = async () => (await store.read()).events;
  const ofType = async <T extends keyof EventDataMap>(type: T) => (await events()).filter((e) => e.type === type).map((e) => e.data as EventDataMap[T]);
  return { dir: dir, loaded, store, incidents, service, incident, events, ofType };
}

describe('running an action', () => {
  it('passes a hostile rollback target as one single argument and never through a shell', async () => {
    const scripts = scriptDir('warroom-argv-');
    const canary = scripts.write('canary', 'still here\n', 0o644);
    const argvFile = join(scripts.dir, 'argv');
    const recorder = scripts.write('record-argv.sh', '#!/bin/sh\nprintf "%s\\0" "$@" > "$ARGV_FILE"\n');
    try {
      const s = await setup(`  - name: rollback\n    kind: rollback\n    command: [${recorder}, "{previousVersion}", "{service}", "{incident}"]\n    confirm: none\n    env: { ARGV_FILE: "${argvFile}" }\n`);
      // Given a suspect deploy whose previous version is a command injection attempt
      const hostile = `v1; rm -f ${canary}`;
      await s.incidents.record(s.incident.id, (i) => [
        { incidentId: i.id, type: 'change.suspected', data: { changeId: 'deploy:x:1', kind: 'deploy', source: 'deploys', title: 'shop v2', ref: 'v2', previousRef: hostile, service: 'shop', changedAt: new Date().toISOString() } },
      ]);
      const prepared = await s.service.prepare('rollback');
      expect(prepared.preflight.argv).toEqual([recorder, hostile, 'shop', 'INC-1']);
      const report = await s.service.run(prepared);
      expect(report.outcome.exitCode).toBe(0);
      // Then the program saw exactly three arguments, the first holding the whole text
      expect(readFileSync(argvFile, 'utf8').split('\0').slice(0, -1)).toEqual([hostile, 'shop', 'INC-1']);
      expect(existsSync(canary)).toBe(true);
      const [started] = await s.ofType('action.started');
      expect(started).toMatchObject({ name: 'rollback', argv: [recorder, hostile, 'shop', 'INC-1'], changeId: 'deploy:x:1' });
      expect((await s.ofType('mitigation.started'))).toEqual([{ via: 'rollback' }]);
    } finally {
      scripts.remove();
    }
  });

  it('cancel mid-run kills the whole process group and records the cancel', async () => {
    const scripts = scriptDir('warroom-cancel-');
    const pidFile = join(scripts.dir, 'pids');
    // The script forks a grandchild and records its own pid (= its process group id).
    const slow = scripts.write('slow.sh', `#!/bin/sh\nsleep 300 &\necho "$$" > ${pidFile}\necho started\nsleep 300\n`);
    try {
      const s = await setup(`  - name: drain\n    kind: custom\n    command: [${slow}]\n    confirm: none\n`);
      const controller = new AbortController();
      const prepared = await s.service.prepare('drain');
      const running = s.service.run(prepared, { signal: controller.signal });
      await until(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '', 'the script to start');
      const pgid = Number(readFileSync(pidFile, 'utf8').trim());
      expect(survivorsOfGroup(pgid).length).toBeGreaterThanOrEqual(2);
      controller.abort();
      const report = await running;
      expect(report.outcome.cancelled).toBe(true);
      expect(survivorsOfGroup(pgid)).toEqual([]);
      const [finished] = await s.ofType('action.finished');
      expect(finished).toMatchObject({ name: 'drain', cancelled: true, exitCode: null, outputTail: 'started' });
      expect((await s.incidents.current()).runningAction).toBeUndefined();
      expect(report.suggestions).toEqual([]);
    } finally {
      scripts.remove();
    }
  });

  it('a failing action records its exit code and output tail (redacted) and suggests the next option', async () => {
    const scripts = scriptDir('warroom-fail-');
    const failing = scripts.write('fail.sh', [
      '#!/bin/sh',
      'for i in $(seq 1 40); do echo "step $i"; done',
      'echo "connecting to postgres://admin:hunter2@db.internal/shop" >&2',
      'echo "Authorization: Bearer abcdefghijklmnop123456"',
      'echo "rollback failed: release v1.1.0 is missing" >&2',
      'exit 4',
    ].join('\n'));
    try {
      const s = await setup([
        `  - { name: rollback, kind: rollback, command: [${failing}], confirm: none }`,
        '  - { name: maintenance-on, kind: maintenance-on, command: ["true"] }',
        '  - { name: maintenance-off, kind: maintenance-off, command: ["true"] }',
        '  - { name: failover, kind: failover, command: ["true"] }',
        '',
      ].join('\n'));
      const report = await s.service.run(await s.service.prepare('rollback'));
      expect(report.outcome.exitCode).toBe(4);
      expect(report.suggestions.map((x) => x.name)).toEqual(['maintenance-on', 'failover']);
      const [finished] = await s.ofType('action.finished');
      expect(finished!.exitCode).toBe(4);
      expect(finished!.outputTail.split('\n')).toHaveLength(20);
      expect(finished!.outputTail).toContain('rollback failed: release v1.1.0 is missing');
      expect(finished!.outputTail).toContain('postgres://admin:[REDACTED]@db.internal/shop');
      expect(finished!.outputTail).not.toContain('hunter2');
      expect(finished!.outputTail).not.toContain('abcdefghijklmnop123456');
      // Mitigation started counts the attempt even though it failed.
      expect((await s.incidents.current()).milestones.mitigationStarted).toBeDefined();
    } finally {
      scripts.remove();
    }
  });

  it('refuses a second action while one runs, with the reason', async () => {
    const scripts = scriptDir('warroom-busy-');
    const marker = join(scripts.dir, 'started');
    const slow = scripts.write('slow.sh', `#!/bin/sh\ntouch ${marker}\nsleep 300\n`);
    try {
      const s = await setup(`  - { name: slow, kind: restart, command: [${slow}], confirm: none }\n  - { name: other, kind: scale, command: ["true"], confirm: none }\n`);
      const controller = new AbortController();
      const first = s.service.run(await s.service.prepare('slow'), { signal: controller.signal });
      await until(() => existsSync(marker), 'the first action to start');
      const other: Prepared = await s.service.prepare('other');
      expect(other.preflight.blockers[0]).toMatch(/^slow is running \(started by ana at \d\d:\d\d UTC\): one action at a time$/);
      // Even a preflight taken before the first one started is checked again under the store lock.
      const stale = { ...other, preflight: { ...other.preflight, blockers: [] } };
      await expect(s.service.run(stale)).rejects.toThrow(/^slow is already running on INC-1 \(started by ana at .*\): one action at a time/);
      controller.abort();
      await first;
      expect((await s.ofType('action.started')).map((d) => d.name)).toEqual(['slow']);
    } finally {
      scripts.remove();
    }
  });

  it('closes a run whose warroom process died (outcome unknown) instead of blocking every later action', async () => {
    const s = await setup('  - { name: restart, kind: restart, command: ["true"], confirm: none }\n  - { name: scale-up, kind: scale, command: ["true"], confirm: none }\n');
    // Given a run recorded by a warroom process that no longer exists (a real pid that has exited)
    const dead = spawnSync('true').pid!;
    await s.incidents.record(s.incident.id, (i) => startAction(i, { name: 'restart', kind: 'restart', argv: ['true'], owner: { pid: dead, host: hostname() } }));
    const prepared = await s.service.prepare('scale-up');
    expect(prepared.preflight.blockers).toEqual([]);
    expect(prepared.preflight.hints).toEqual([`restart was left running by a warroom process that is gone (pid ${dead}); it will be recorded as ended with its outcome unknown`]);
    await s.service.run(prepared);
    const finished = await s.ofType('action.finished');
    expect(finished[0]).toMatchObject({ name: 'restart', exitCode: null, error: expect.stringContaining(`pid ${dead} on ${hostname()}) is gone; its outcome is unknown`) });
    expect(finished[1]).toMatchObject({ name: 'scale-up', exitCode: 0 });
    expect((await s.ofType('action.started')).at(-1)).toMatchObject({ name: 'scale-up', pid: process.pid, host: hostname() });
  });

  it('gives the action an explicit environment: allowlist, passEnv, its own values; not the console secrets', async () => {
    const s = await setup('  - { name: show-env, kind: custom, command: ["env"], confirm: none, env: { REGION: eu-1 }, passEnv: [KUBECONFIG] }\n', {
      PATH: process.env['PATH'],
      HOME: '/home/ana',
      KUBECONFIG: '/etc/kube.conf',
      STRIPE_SECRET: 'sk_live_do_not_leak',
    });
    const report = await s.service.run(await s.service.prepare('show-env'));
    const env = report.lines.join('\n');
    expect(env).toContain('REGION=eu-1');
    expect(env).toContain('KUBECONFIG=/etc/kube.conf');
    expect(env).toContain('WARROOM_INCIDENT=INC-1');
    expect(env).toContain('WARROOM_ACTION=show-env');
    expect(env).toContain('WARROOM_ACTOR=ana');
    expect(env).not.toContain('STRIPE_SECRET');
    expect(env).not.toContain('do_not_leak');
  });

  it('reports a missing program as a failure with the reason, and frees the slot', async () => {
    const s = await setup('  - { name: ghost, kind: custom, command: [no-such-program-here], confirm: none }\n');
    const report = await s.service.run(await s.service.prepare('ghost'));
    expect(report.outcome).toMatchObject({ exitCode: null, error: 'command not found: no-such-program-here' });
    const [finished] = await s.ofType('action.finished');
    expect(finished).toMatchObject({ error: 'command not found: no-such-program-here', outputTail: 'command not found: no-such-program-here' });
    expect((await s.incidents.current()).runningAction).toBeUndefined();
  });
});
