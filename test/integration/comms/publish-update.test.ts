import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectTargets } from '../../../src/comms/targets/create-targets.js';
import { composerPrefill, draftFromTemplate, savedDraft } from '../../../src/comms/update-drafts.js';
import { publishUpdate } from '../../../src/comms/update-publisher.js';
import { decideBell, headerCountdowns } from '../../../src/domain/comms/cadence-alerts.js';
import { lintUpdate } from '../../../src/domain/comms/update-lint.js';
import { updateHistory } from '../../../src/domain/comms/update-history.js';
import { createWorld, type ScriptedWorld } from '../../helpers/scripted-incident.js';
import { closedPort, startHttpReceiver, type HttpReceiver } from '../../helpers/http-receiver.js';

let receiver: HttpReceiver;
let world: ScriptedWorld;
let downPort: number;

beforeAll(async () => {
  receiver = await startHttpReceiver((_request, response) => response.writeHead(200).end('ok'));
  downPort = await closedPort();
  const yaml = [
    'service: Example shop',
    'comms:',
    '  affectedFeature: Checkout',
    '  targets:',
    '    - { name: log, type: file, path: ops/status.md }',
    `    - { name: chat, type: slack, url: "${receiver.base}/hook" }`,
    `    - { name: pager, type: webhook, url: "http://127.0.0.1:${downPort}/x", timeout: 2s }`,
  ].join('\n');
  world = await createWorld(yaml, '2026-11-22T03:00:00.000Z');
});
afterAll(async () => {
  await receiver.close();
  await world.cleanup();
});

const noTerminal = { env: {}, terminal: undefined };

describe('publishing an update through the real store, with an injected clock', () => {
  it('SEV1 declared at T: public update due at T+15, overdue at T+16 with one bell; a posted update keeps failures and the draft', async () => {
    const alice = world.as('alice');
    world.clock.set('2026-11-22T03:00:00.000Z');
    await alice.declare({ title: 'Checkout returns 502', severity: 'SEV1', impact: 'Card payments fail for all customers.' });
    const policy = world.loaded.policies.SEV1;

    world.clock.set('2026-11-22T03:16:00.000Z');
    let incident = await alice.current();
    const late = headerCountdowns(incident, policy, world.clock.now());
    expect(late.update).toMatchObject({ overdue: true, text: 'first public update OVERDUE by 1m 00s' });
    expect(late.update!.deadline.dueAt).toBe('2026-11-22T03:15:00.000Z');
    const bell = decideBell(late.watched, []);
    expect(bell.ring).toBe(true);
    expect(decideBell(late.watched, bell.rung).ring).toBe(false);

    // The composer starts from the shipped template, filled from the incident.
    const { text } = await draftFromTemplate(world.loaded, incident, 'initial', 'customer', world.clock.now());
    expect(text).toContain('**Checkout: we are investigating a problem**');
    expect(text).toContain('Since about 2026-11-22 03:00 UTC, Checkout has not been working as it should.');
    expect(text).toContain('Impact: Card payments fail for all customers.');
    expect(text).toContain('Next update by 03:46 UTC (in 30 minutes)');
    expect(lintUpdate({ text, kind: 'initial', audience: 'customer' })).toEqual([]);

    const targets = selectTargets(world.loaded, ['log', 'chat', 'pager'], noTerminal);
    const outcome = await publishUpdate(alice, { incidentId: 'INC-1', kind: 'initial', audience: 'customer', text, targets });
    expect(outcome.results.map((r) => [r.target, r.ok])).toEqual([['log', true], ['chat', true], ['pager', false]]);
    expect(outcome.results[2]!.error).toBe(`connection refused by 127.0.0.1:${downPort}`);
    expect(outcome).toMatchObject({ allDelivered: false, draftKept: true });
    expect(outcome.event.data).toMatchObject({ kind: 'initial', audience: 'customer', text });
    expect(await savedDraft(world.as('alice').store, 'INC-1', 'initial', 'customer')).toMatchObject({ text });
    expect(JSON.parse(receiver.received[0]!.body).text).toContain('we are investigating a problem');
    expect(await readFile(join(world.dir, 'ops', 'status.md'), 'utf8')).toContain('## 2026-11-22 03:16 UTC · INC-1 · initial · customer');

    // Delivered to two targets: the public cadence moves on from the post (03:16 + 30 min).
    incident = await alice.current();
    expect(headerCountdowns(incident, policy, world.clock.now()).watched.map((d) => d.label)).toEqual(['internal update', 'public update']);
    expect(updateHistory(incident)[0]).toMatchObject({ delivered: true, targetSummary: `log ok, chat ok, pager FAILED (connection refused by 127.0.0.1:${downPort})` });
  });

  it('the kept draft wins over the template in the composer, and a clean retry discards it', async () => {
    const bob = world.as('bob');
    world.clock.set('2026-11-22T03:18:00.000Z');
    const incident = await bob.current();
    const prefill = await composerPrefill(world.loaded, bob.store, incident, 'initial', 'customer', world.clock.now());
    expect(prefill.source).toBe('draft');
    const retry = await publishUpdate(bob, {
      incidentId: 'INC-1', kind: 'initial', audience: 'customer', text: prefill.text, targets: selectTargets(world.loaded, ['chat'], noTerminal),
    });
    expect(retry).toMatchObject({ allDelivered: true, draftKept: false });
    expect(await savedDraft(bob.store, 'INC-1', 'initial', 'customer')).toBeUndefined();
    const fresh = await composerPrefill(world.loaded, bob.store, await bob.current(), 'update', 'customer', world.clock.now());
    expect(fresh.source).toBe('template');
    expect(fresh.text).toContain('**Checkout: update (investigating)**');
  });

  it('refuses an unknown target before anything is posted', () => {
    expect(() => selectTargets(world.loaded, ['chat', 'sms'], noTerminal)).toThrow('unknown target "sms"; configured targets: log, chat, pager');
  });
});
