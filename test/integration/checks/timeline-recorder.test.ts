// Check results reach the incident timeline in a real store: all of them, in arrival order,
// with previous states; a failing store is reported per check rather than thrown away.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/checks/check-runner.js';
import { TimelineRecorder } from '../../../src/checks/timeline-recorder.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { IncidentService } from '../../../src/incidents/incident-service.js';
import { EventStore } from '../../../src/store/event-store.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warroom-recorder-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function service(storePath = join(dir, 'store.json')): Promise<IncidentService> {
  const loaded = await loadConfig({ cwd: dir, env: {} });
  return new IncidentService(new EventStore({ path: storePath, actor: 'tester' }), loaded);
}

const result = (name: string, status: CheckResult['status']): CheckResult => ({
  name, status, summary: `${status} - ${name}`, longOutput: '', perfdata: [], timedOut: false, group: 'g', argv: [name],
  exitCode: 0, durationMs: 5, startedAt: '', finishedAt: '', stdout: '', stderr: '', truncated: false, cancelled: false,
});

describe('TimelineRecorder', () => {
  it('records twenty results that arrive at once, in order, chaining previous states', async () => {
    const incidents = await service();
    const { id } = await incidents.declare({ title: 'Checkout down', severity: 'SEV2' });
    const recorder = new TimelineRecorder(incidents, id);
    for (let i = 0; i < 20; i++) recorder.add(result(i % 2 ? 'db' : 'api', i < 10 ? 'OK' : 'CRITICAL'));
    await recorder.settled();
    expect(recorder.errors).toEqual([]);
    const incident = await incidents.current(id);
    const recorded = incident.events.filter((e) => e.type === 'check.finished').map((e) => e.data as { name: string; status: string; previousStatus?: string });
    expect(recorded).toHaveLength(20);
    expect(recorded.slice(0, 2).map((d) => d.previousStatus)).toEqual([undefined, undefined]);
    expect(recorded[10]).toMatchObject({ name: 'api', status: 'CRITICAL', previousStatus: 'OK' });
    expect(incident.checks['db']).toMatchObject({ status: 'CRITICAL', previousStatus: 'CRITICAL' });
  });

  it('writes nothing once the incident is resolved', async () => {
    const incidents = await service();
    const { id } = await incidents.declare({ title: 'Blip', severity: 'SEV3' });
    await incidents.record(id, (incident) => [{ incidentId: incident.id, type: 'incident.resolved', data: {} }]);
    const recorder = new TimelineRecorder(incidents, id);
    recorder.add(result('api', 'OK'));
    await recorder.settled();
    expect(recorder.errors).toEqual([]);
    expect((await incidents.current(id)).events.some((e) => e.type === 'check.finished')).toBe(false);
  });

  it('names every result it could not write when the store fails', async () => {
    const good = await service();
    const { id } = await good.declare({ title: 'Disk full', severity: 'SEV2' });
    const blocker = join(dir, 'not-a-dir');
    await writeFile(blocker, 'x');
    const broken = await service(join(blocker, 'store.json'));
    const recorder = new TimelineRecorder(broken, id);
    recorder.add(result('api', 'OK'));
    recorder.add(result('db', 'WARNING'));
    await recorder.settled();
    expect(recorder.errors).toHaveLength(2);
    expect(recorder.errors[0]).toMatch(/^api: /);
    expect(recorder.errors[1]).toMatch(/^db: /);
  });
});
