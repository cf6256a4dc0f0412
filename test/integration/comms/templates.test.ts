import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { loadUpdateTemplate } from '../../../src/comms/template-files.js';
import { draftFromTemplate } from '../../../src/comms/update-drafts.js';
import { UPDATE_AUDIENCES, UPDATE_KINDS } from '../../../src/domain/comms/update-decisions.js';
import { lintUpdate } from '../../../src/domain/comms/update-lint.js';
import type { IncidentEvent } from '../../../src/domain/events.js';
import { foldIncident } from '../../../src/domain/fold.js';
import { eventLog } from '../../helpers/event-log.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warroom-templates-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function incident(resolved: boolean, impact = 'Card payments fail for about a third of customers.') {
  const log = eventLog('INC-3', '2026-11-22T03:00:00.000Z')
    .add('incident.declared', { title: 'Checkout returns 502', severity: 'SEV2', detectedAt: '2026-11-22T02:55:00.000Z', ...(impact ? { impact } : {}) }, 0)
    .add('role.assigned', { role: 'commander', name: 'alice' }, 1)
    .add('change.suspected', { changeId: 'd1', kind: 'deploy', source: 'deploys', title: 'checkout v2.14.0', ref: 'v2.14.0', changedAt: '2026-11-22T02:50:00.000Z' }, 4)
    .add('check.finished', { name: 'checkout-http', status: 'CRITICAL', summary: 'HTTP 502', durationMs: 40 }, 5)
    .add('status.changed', { from: 'investigating', to: 'identified' }, 6);
  if (resolved) log.add('incident.resolved', { note: 'rolled back' }, 40);
  return foldIncident(log.events as IncidentEvent[])!;
}

describe('shipped templates', () => {
  it('every kind and audience fills from the incident and passes the lint as shipped', async () => {
    const loaded = await loadConfig({ cwd: dir, env: {} });
    for (const kind of UPDATE_KINDS) {
      for (const audience of UPDATE_AUDIENCES) {
        const state = incident(kind === 'resolution');
        const { text, templatePath } = await draftFromTemplate(loaded, state, kind, audience, new Date('2026-11-22T03:10:00.000Z'));
        expect(templatePath.endsWith(`templates/${kind}.${audience}.md`)).toBe(true);
        expect(lintUpdate({ text, kind, audience }), `${kind}.${audience}:\n${text}`).toEqual([]);
        expect(text).not.toMatch(/\{\{|\}\}/);
      }
    }
  });

  it('internal updates carry the suspected trigger, current action, failing checks and next internal update time', async () => {
    const loaded = await loadConfig({ cwd: dir, env: {} });
    const { text } = await draftFromTemplate(loaded, incident(false), 'initial', 'internal', new Date('2026-11-22T03:10:00.000Z'));
    expect(text.split('\n')).toEqual([
      '[SEV2 INC-3] Checkout returns 502: identified',
      '',
      'Detected 2026-11-22 02:55 UTC, declared 2026-11-22 03:00 UTC.',
      'Scope: production',
      'Impact: Card payments fail for about a third of customers.',
      'Suspected trigger (unconfirmed): deploy "checkout v2.14.0" (v2.14.0) at 02:50 UTC',
      'Now: preparing a mitigation',
      'Failing checks: checkout-http CRITICAL',
      'Incident Commander: alice',
      '',
      'Next internal update by 03:40 UTC (every 30 minutes).',
    ]);
  });

  it('without an impact the draft carries a marked gap that the lint reports', async () => {
    const loaded = await loadConfig({ cwd: dir, env: {} });
    const { text } = await draftFromTemplate(loaded, incident(false, ''), 'update', 'customer', new Date('2026-11-22T03:10:00.000Z'));
    expect(lintUpdate({ text, kind: 'update', audience: 'customer' }).map((w) => w.rule)).toEqual(['empty-impact']);
  });
});

describe('template override directory', () => {
  it('prefers the team file, falls back to the shipped one, and names file and line on a bad template', async () => {
    const custom = join(dir, 'team-templates');
    await mkdir(custom, { recursive: true });
    await writeFile(join(custom, 'initial.customer.md'), '{{feature}} trouble. Impact: {{impact}}. Next update by {{nextUpdateAt}}.\n');
    await writeFile(join(custom, 'update.customer.md'), 'Hello\n{{#impact}}\n{{impactt}}\n{{/impact}}\n');
    const configPath = join(dir, 'warroom.yaml');
    await writeFile(configPath, 'service: Shop\ncomms:\n  templatesDir: team-templates\n');
    const loaded = await loadConfig({ explicit: configPath, cwd: dir, env: {} });

    const own = await draftFromTemplate(loaded, incident(false), 'initial', 'customer', new Date('2026-11-22T03:10:00.000Z'));
    expect(own.text).toBe('Shop trouble. Impact: Card payments fail for about a third of customers.. Next update by 04:10 UTC.');
    expect((await loadUpdateTemplate(loaded, 'initial', 'internal')).overridden).toBe(false);
    await expect(draftFromTemplate(loaded, incident(false), 'update', 'customer', new Date())).rejects.toThrow(
      `${join(custom, 'update.customer.md')}:3: unknown field "impactt"`,
    );

    await writeFile(configPath, 'comms:\n  templatesDir: nowhere\n');
    const broken = await loadConfig({ explicit: configPath, cwd: dir, env: {} });
    await expect(loadUpdateTemplate(broken, 'initial', 'customer')).rejects.toThrow(
      `${configPath}: comms.templatesDir: directory ${join(dir, 'nowhere')} does not exist`,
    );
  });
});
