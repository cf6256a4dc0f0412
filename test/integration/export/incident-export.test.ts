/** The export service against a real store: redaction, schema, files never overwritten, the export recorded. */
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDocumentSchema } from '../../../src/domain/export-schema.js';
import { REDACTED } from '../../../src/domain/redaction.js';
import { exportIncident } from '../../../src/export/incident-export.js';
import { verifyChain } from '../../../src/store/hash-chain.js';
import { PLANTED_SECRETS, SITE_PATTERN, SITE_SECRET } from '../../fixtures/planted-secrets.js';
import { createWorld, emit, runCheckoutIncident, type ScriptedWorld } from '../../helpers/scripted-incident.js';

let world: ScriptedWorld;
beforeEach(async () => {
  world = await createWorld(`service: shop\nexport:\n  postmortemDir: reviews\n  redact: ['${SITE_PATTERN}']\n`, '2026-03-14T02:00:00.000Z');
});
afterEach(async () => {
  await world.cleanup();
});

const run = (request: Partial<Parameters<typeof exportIncident>[2]> = {}) =>
  exportIncident(world.as('alice'), world.loaded, { format: 'both', cwd: world.dir, ...request }, world.clock.now());

describe('incident export', () => {
  it('no planted secret survives in the postmortem or the JSON export, wherever it was written', async () => {
    await runCheckoutIncident(world, [...PLANTED_SECRETS.map((s) => s.text), SITE_SECRET.text]);
    const bob = world.as('bob');
    await bob.record('INC-1', emit('action.started', { name: 'db-check', kind: 'diagnose', argv: ['psql', '--password', 'ArgvPlanted99', 'postgres://u:UrlPlanted98@db/x'] }));
    await bob.record('INC-1', emit('action.started', { name: 'db-dump', kind: 'diagnose', argv: ['mysqldump', '-uapp', '-pArgvMysqlPw9', 'shop'] }));
    await bob.record('INC-1', emit('update.posted', { kind: 'update', audience: 'internal', text: `rotated ${PLANTED_SECRETS[6]!.secret}`, targets: [{ target: 'webhook', ok: false, error: 'POST https://hooks.slack.com/services/T000/B000/XXXXPlantedHook failed' }] }));
    await bob.record('INC-1', emit('check.finished', { name: 'api', status: 'WARNING', summary: `401 with token=CheckPlanted97`, durationMs: 10 }));
    await bob.record('INC-1', emit('incident.edited', { field: 'impact', value: `leaked ${SITE_SECRET.text}` }));

    const result = await run();
    const markdown = await readFile(result.markdownPath!, 'utf8');
    const json = await readFile(result.jsonPath!, 'utf8');
    const secrets = [...PLANTED_SECRETS.map((s) => s.secret), SITE_SECRET.secret, 'ArgvPlanted99', 'UrlPlanted98', 'ArgvMysqlPw9', 'XXXXPlantedHook', 'CheckPlanted97'];
    for (const secret of secrets) {
      expect(markdown, `markdown leaks ${secret}`).not.toContain(secret);
      expect(json, `JSON leaks ${secret}`).not.toContain(secret);
    }
    // The planted text itself reached both exports, redacted; the store still holds the originals.
    expect(markdown).toContain(`postgres://app:${REDACTED}@db-1.internal:5432/shop`);
    const argvs = JSON.parse(json).events.filter((e: { type: string }) => e.type === 'action.started').map((e: { data: { argv: string[] } }) => e.data.argv);
    expect(argvs.slice(-2)).toEqual([['psql', '--password', REDACTED, `postgres://u:${REDACTED}@db/x`], ['mysqldump', '-uapp', `-p${REDACTED}`, 'shop']]);
    expect(await readFile(world.storePath, 'utf8')).toContain('ArgvPlanted99');
  });

  it('writes JSON that validates against the versioned schema and carries every event and the durations', async () => {
    await runCheckoutIncident(world);
    const result = await run({ format: 'json' });
    expect(result.markdownPath).toBeUndefined();
    const document = exportDocumentSchema.parse(JSON.parse(await readFile(result.jsonPath!, 'utf8')));
    expect(document.formatVersion).toBe(1);
    expect(document.events).toHaveLength(26);
    expect(document.incident).toMatchObject({ id: 'INC-1', severity: 'SEV1', status: 'resolved', roles: { commander: 'alice', lead: 'bob', comms: 'carol' } });
    expect(document.durations).toMatchObject({ timeToAcknowledgeMs: 8 * 60_000, timeToMitigateMs: 25 * 60_000, timeToResolveMs: 42 * 60_000 });
    expect(document.chain).toEqual({ ok: true, count: 26, head: document.events[25]!.hash });
    expect(result.jsonPath).toBe(join(world.dir, 'reviews', '2026-03-14-checkout-returns-502-after-deploy.json'));
  });

  it('records postmortem.exported with the path and chain head, and the chain still verifies', async () => {
    await runCheckoutIncident(world);
    const result = await run({ format: 'markdown' });
    const { events } = await world.as('alice').store.read();
    const last = events.at(-1)!;
    expect(last).toMatchObject({ type: 'postmortem.exported', actor: 'alice', data: { path: 'reviews/2026-03-14-checkout-returns-502-after-deploy.md', chainHead: result.chainHead } });
    expect(result.chainHead).toBe(events.at(-2)!.hash);
    expect(verifyChain(events).ok).toBe(true);
    expect(await readFile(result.markdownPath!, 'utf8')).toContain(`head \`${result.chainHead}\``);
  });

  it('never overwrites: a second export takes the next free name; an explicit existing --out is refused', async () => {
    await runCheckoutIncident(world);
    const first = await run({ format: 'markdown' });
    await writeFile(first.markdownPath!, 'edited by hand\n');
    const second = await run({ format: 'markdown' });
    expect(second.markdownPath).toBe(first.markdownPath!.replace(/\.md$/, '-2.md'));
    expect(await readFile(first.markdownPath!, 'utf8')).toBe('edited by hand\n');
    await expect(run({ format: 'markdown', out: first.markdownPath! })).rejects.toThrow(`${first.markdownPath} already exists; it was left untouched`);
    expect((await readdir(join(world.dir, 'reviews'))).sort()).toEqual([
      '2026-03-14-checkout-returns-502-after-deploy-2.md',
      '2026-03-14-checkout-returns-502-after-deploy.md',
    ]);
  });

  it('writes to an explicit file or directory, and to stdout without touching the store', async () => {
    await runCheckoutIncident(world);
    const both = await run({ out: 'out/review.md' });
    expect([both.markdownPath, both.jsonPath]).toEqual([join(world.dir, 'out', 'review.md'), join(world.dir, 'out', 'review.json')]);
    const before = (await world.as('alice').store.read()).events.length;
    const printed = await run({ format: 'json', out: '-' });
    expect(JSON.parse(printed.stdout!).incident.id).toBe('INC-1');
    expect((await world.as('alice').store.read()).events.length).toBe(before);
    await expect(run({ out: '-' })).rejects.toThrow('--out - prints one format only');
  });

  it('exports the most recent incident when none is open, and says when there is none', async () => {
    await expect(run()).rejects.toThrow('no incidents in this store yet');
    await runCheckoutIncident(world);
    expect((await run({ format: 'json', out: '-' })).incidentId).toBe('INC-1');
  });
});
