/**
 * A scripted incident written through the real store and IncidentService with an injected
 * clock: every time, id and hash is fixed, so exports of it can be compared byte for byte.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type LoadedConfig } from '../../src/config/load-config.js';
import { acknowledge, addNote, assignRole, changeSeverity, resolveIncident, setStatus } from '../../src/domain/incident-commands.js';
import { newEvent, type EventDataMap, type EventType } from '../../src/domain/events.js';
import { addFollowup, closeFollowup } from '../../src/domain/followups.js';
import { IncidentService, type Decision } from '../../src/incidents/incident-service.js';
import { EventStore } from '../../src/store/event-store.js';

export interface ScriptedWorld {
  dir: string;
  storePath: string;
  loaded: LoadedConfig;
  clock: { now: () => Date; set(iso: string): void };
  /** The service acting as `actor` (each responder has their own store handle, as in real use). */
  as(actor: string): IncidentService;
  cleanup(): Promise<void>;
}

/** A temp directory with a config file (`configYaml`), a store and a settable clock. */
export async function createWorld(configYaml: string, start: string): Promise<ScriptedWorld> {
  const dir = await mkdtemp(join(tmpdir(), 'warroom-export-'));
  const configPath = join(dir, 'warroom.yaml');
  await writeFile(configPath, configYaml);
  const loaded = await loadConfig({ explicit: configPath, cwd: dir, env: {} });
  const storePath = join(dir, '.warroom', 'store.json');
  let current = Date.parse(start);
  const clock = { now: () => new Date(current), set: (iso: string) => void (current = Date.parse(iso)) };
  const services = new Map<string, IncidentService>();
  return {
    dir,
    storePath,
    loaded,
    clock,
    as(actor) {
      let service = services.get(actor);
      if (!service) {
        service = new IncidentService(new EventStore({ path: storePath, actor, now: clock.now }), loaded, clock.now);
        services.set(actor, service);
      }
      return service;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** One raw event from a subsystem (checks, changes, actions, comms) recorded through the service. */
export function emit<T extends EventType>(type: T, data: EventDataMap[T]): Decision {
  return (incident) => [newEvent(incident.id, type, data)];
}

const RUNBOOK_HASH = '9f3c2a1be4d5c6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5';

/**
 * Checkout fails after a deploy: declared SEV2, raised to SEV1, rolled back, verified, resolved.
 * Times are fixed; `extraNote` lets a test plant text (e.g. secrets) in the log.
 */
export async function runCheckoutIncident(world: ScriptedWorld, extraNotes: string[] = []): Promise<string> {
  const { clock } = world;
  const alice = world.as('alice');
  const bob = world.as('bob');
  const carol = world.as('carol');
  const checks = world.as('checks');
  const at = async (time: string, service: IncidentService, decide: Decision) => {
    clock.set(`2026-03-14T${time}:00.000Z`);
    await service.record('INC-1', decide);
  };

  clock.set('2026-03-14T02:17:00.000Z');
  await alice.declare({
    title: 'Checkout returns 502 after deploy',
    severity: 'SEV2',
    detectedAt: '2026-03-14T02:10:00Z',
    impact: 'All card payments failed for web and mobile; about 1,800 orders could not be placed.',
    summary: 'Release v2.14.0 of the checkout service exhausted its database connections. Checkout returned 502 for 35 minutes until the release was rolled back.',
  });
  await at('02:18', alice, acknowledge);
  await at('02:18', alice, (i) => assignRole(i, 'commander', 'alice'));
  await at('02:19', alice, (i) => assignRole(i, 'lead', 'bob'));
  await at('02:19', alice, (i) => assignRole(i, 'comms', 'carol'));
  await at('02:20', checks, emit('check.finished', { name: 'checkout-health', status: 'CRITICAL', previousStatus: 'OK', summary: 'HTTP 502 from /health in 0.2s', durationMs: 240 }));
  await at('02:21', bob, (i) => addNote(i, 'pgbouncer shows cl_waiting at 400 | pool_size 100; app logs "too many clients"'));
  for (const note of extraNotes) await at('02:21', bob, (i) => addNote(i, note));
  await at('02:22', alice, (i) => changeSeverity(i, 'SEV1', alice.loaded.policies, 'every checkout is failing'));
  await at('02:23', bob, emit('change.suspected', { changeId: 'deploy-2141', kind: 'deploy', source: 'deploys', title: 'checkout v2.14.0: pool settings from env', ref: 'v2.14.0', previousRef: 'v2.13.2', changedAt: '2026-03-14T02:04:00.000Z', service: 'checkout' }));
  await at('02:24', bob, emit('runbook.attached', { runbook: 'crash-after-deploy', contentHash: RUNBOOK_HASH }));
  await at('02:25', bob, emit('checklist.toggled', { runbook: 'crash-after-deploy', itemId: 'confirm-deploy-time', text: 'Confirm the errors began right after the deploy', checked: true, contentHash: RUNBOOK_HASH }));
  await at('02:26', bob, emit('mitigation.started', { via: 'rollback' }));
  await at('02:26', bob, emit('action.started', { name: 'rollback-checkout', kind: 'rollback', argv: ['deploy', 'rollback', 'checkout', '--to', 'v2.13.2'] }));
  await at('02:29', bob, emit('action.finished', { name: 'rollback-checkout', kind: 'rollback', argv: ['deploy', 'rollback', 'checkout', '--to', 'v2.13.2'], exitCode: 0, durationMs: 171_000, outputTail: 'checkout: v2.13.2 live on 12/12 pods\n' }));
  await at('02:30', carol, emit('update.posted', { kind: 'initial', audience: 'customer', text: 'Checkout is failing for all customers. We have found a likely cause and are rolling it back. Next update by 03:00 UTC.', targets: [{ target: 'status-file', ok: true }] }));
  await at('02:31', checks, emit('check.finished', { name: 'checkout-health', status: 'OK', previousStatus: 'CRITICAL', summary: 'HTTP 200 from /health in 0.05s', durationMs: 60 }));
  await at('02:32', bob, emit('checklist.toggled', { runbook: 'crash-after-deploy', itemId: 'roll-back', text: 'Roll back to the previous release', checked: true, contentHash: RUNBOOK_HASH }));
  await at('02:35', alice, emit('incident.mitigated', { note: 'checkout succeeds again after the rollback' }));
  await at('02:40', alice, (i) => setStatus(i, 'monitoring'));
  await at('02:52', alice, (i) => resolveIncident(i, { note: 'error rate at baseline for 15 minutes', liftFreeze: true }));
  const now = () => clock.now();
  await at('08:30', alice, (i) => addFollowup(i, { text: 'Alert when pgbouncer cl_waiting stays above 50', owner: 'bob', due: '2026-03-21', priority: 'P1' }, now()));
  await at('08:31', alice, (i) => addFollowup(i, { text: 'Load-test pool settings in staging before release', owner: 'dana', due: '2026-03-28', priority: 'P2' }, now()));
  await at('08:32', alice, (i) => addFollowup(i, { text: 'Link the rollback runbook from the deploy tool', priority: 'P3' }, now()));
  await at('08:40', bob, (i) => closeFollowup(i, 'F-3', 'linked'));
  clock.set('2026-03-14T09:00:00.000Z');
  return 'INC-1';
}
