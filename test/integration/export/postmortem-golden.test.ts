/**
 * Golden test: the postmortem of a scripted incident (fixed clock, real store and service)
 * must match test/golden/postmortem.md byte for byte.
 *
 * When a change to the postmortem is intended, regenerate the file and review the diff:
 *   UPDATE_GOLDEN=1 npx vitest run test/integration/export/postmortem-golden.test.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportIncident } from '../../../src/export/incident-export.js';
import { createWorld, runCheckoutIncident, type ScriptedWorld } from '../../helpers/scripted-incident.js';

const GOLDEN = resolve(import.meta.dirname, '..', '..', 'golden', 'postmortem.md');

let world: ScriptedWorld;
beforeEach(async () => {
  world = await createWorld('service: shop\nexport:\n  postmortemDir: ops/postmortems\n', '2026-03-14T02:00:00.000Z');
});
afterEach(async () => {
  await world.cleanup();
});

describe('postmortem golden file', () => {
  it('renders the scripted checkout incident exactly as checked in', async () => {
    await runCheckoutIncident(world, ['connection string was postgres://checkout:Sup3rS3cret@db-1.internal/shop']);
    const result = await exportIncident(world.as('alice'), world.loaded, { format: 'markdown', cwd: world.dir }, world.clock.now());
    expect(result.markdownPath).toBe(join(world.dir, 'ops', 'postmortems', '2026-03-14-checkout-returns-502-after-deploy.md'));
    const actual = await readFile(result.markdownPath!, 'utf8');
    if (process.env['UPDATE_GOLDEN'] === '1') await writeFile(GOLDEN, actual);
    expect(actual).toBe(await readFile(GOLDEN, 'utf8'));
  });
});
