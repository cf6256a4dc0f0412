import { describe, expect, it } from 'vitest';
import { actionMenu, type ActionSpec } from '../../../../src/domain/actions/action-options.js';
import { chooseTarget, rollbackRules } from '../../../../src/domain/actions/action-target.js';
import { buildPreflight } from '../../../../src/domain/actions/preflight.js';
import type { Change } from '../../../../src/domain/changes/change-model.js';
import { foldIncident } from '../../../../src/domain/fold.js';
import type { IncidentState } from '../../../../src/domain/incident-state.js';
import { eventLog } from '../../../helpers/event-log.js';

const START = '2026-11-22T03:00:00.000Z';

const rollback: ActionSpec = {
  name: 'rollback', kind: 'rollback', description: 'Back to the previous release',
  command: ['deploy/rollback.sh', '{previousVersion}'], dryRun: ['deploy/rollback.sh', '--dry-run', '{previousVersion}'],
  verify: ['shop-health', 'checkout'], confirm: 'confirm', timeout: 60_000,
};
const [rollbackOption] = actionMenu([rollback]);

function incident(build?: (log: ReturnType<typeof eventLog>) => void): IncidentState {
  const log = eventLog('INC-1', START).add('incident.declared', { title: 'Checkout fails', severity: 'SEV1', detectedAt: '2026-11-22T03:00:00.000Z' }, 0);
  build?.(log);
  return foldIncident(log.events)!;
}

const deploy = (ref: string, at: string, extra: Partial<Change> = {}): Change => ({
  id: `deploy:deploys:shop@${ref}`, at, kind: 'deploy', source: 'deploys', sourceType: 'deploys', title: `shop ${ref}`, actor: 'dana', ref, service: 'shop', ...extra,
});

describe('choosing the change an action acts on', () => {
  const detected = deploy('v1.2.0', '2026-11-22T02:56:00.000Z', { previousRef: 'v1.1.0' });

  it('uses the latest marked suspect, else the detected one', () => {
    expect(chooseTarget({ marked: [], detected })).toMatchObject({ ref: 'v1.2.0', previousRef: 'v1.1.0', origin: 'detected' });
    const state = incident((log) =>
      log.add('change.suspected', { changeId: 'a', kind: 'deploy', source: 'd', title: 'api v7', ref: 'v7', previousRef: 'v6', changedAt: START }, 1)
        .add('change.suspected', { changeId: 'b', kind: 'deploy', source: 'd', title: 'shop v3', ref: 'v3', previousRef: 'v2', changedAt: START }, 2),
    );
    expect(chooseTarget({ marked: state.suspects, detected })).toMatchObject({ changeId: 'b', previousRef: 'v2', origin: 'marked' });
  });

  it('picks by --ref among suspects and recent changes, and names an unknown ref', () => {
    const older = deploy('v1.1.0', '2026-11-21T03:00:00.000Z', { previousRef: 'v1.0.0' });
    expect(chooseTarget({ marked: [], detected, changes: [older, detected], ref: 'v1.1.0' })).toMatchObject({ previousRef: 'v1.0.0', origin: 'chosen' });
    expect(() => chooseTarget({ marked: [], detected, changes: [older], ref: 'v9' })).toThrow(/no change with ref or id "v9"/);
  });
});

describe('rollback rules', () => {
  it('hints that a deploy right before detection is the likely trigger, and cautions on migrations', () => {
    const target = chooseTarget({ marked: [], detected: deploy('v1.2.0', '2026-11-22T02:56:00.000Z', { migration: true, previousRef: 'v1.1.0' }) });
    const rules = rollbackRules(target, START);
    expect(rules.cautions).toEqual([expect.stringContaining('shop v1.2.0 ran a database migration: do not roll back the application alone')]);
    expect(rules.hints[0]).toBe('shop v1.2.0 went out 4 min before detection: when trouble starts right after a deploy, rolling back first is usually the fastest way back');
    expect(rules.hints[1]).toContain('nobody has marked it as the suspect yet');
  });

  it('says when the deploy is old or came after detection', () => {
    const old = chooseTarget({ marked: [], detected: deploy('v1', '2026-11-21T23:00:00.000Z') });
    expect(rollbackRules(old, START).hints[0]).toContain('went out 4 h before detection: less likely to be the trigger');
    const late = chooseTarget({ marked: [], detected: deploy('v2', '2026-11-22T03:10:00.000Z') });
    expect(rollbackRules(late, START).hints[0]).toContain('10 min after detection: it cannot have started this incident');
  });
});

describe('the preflight', () => {
  const target = chooseTarget({ marked: [], detected: deploy('v1.2.0', '2026-11-22T02:56:00.000Z', { previousRef: 'v1.1.0' }) });

  it('shows the exact argv, risk, restore time, the verify checks as they stand, target and rules', () => {
    const state = incident((log) => log.add('check.finished', { name: 'shop-health', status: 'CRITICAL', summary: 'HTTP 500', durationMs: 12 }, 1));
    const preflight = buildPreflight({ action: rollbackOption!, incident: state, target, configuredService: 'production' });
    expect(preflight).toMatchObject({
      argv: ['deploy/rollback.sh', 'v1.1.0'],
      dryRunArgv: ['deploy/rollback.sh', '--dry-run', 'v1.1.0'],
      risk: { level: 'low' },
      restoreText: '2-5 min',
      confirm: 'confirm',
      confirmPrompt: 'Run rollback? [y/N]',
      service: 'shop',
      target: { ref: 'v1.2.0', previousRef: 'v1.1.0' },
      blockers: [],
      cautions: [],
    });
    expect(preflight.verify).toEqual([
      { name: 'shop-health', status: 'CRITICAL', summary: 'HTTP 500', at: '2026-11-22T03:01:00.000Z' },
      { name: 'checkout' },
    ]);
    expect(preflight.hints[0]).toContain('4 min before detection');
  });

  it('asks for the typed name when the rollback crosses a migration', () => {
    const risky = chooseTarget({ marked: [], detected: deploy('v1.2.0', '2026-11-22T02:56:00.000Z', { previousRef: 'v1.1.0', migration: true }) });
    const preflight = buildPreflight({ action: rollbackOption!, incident: incident(), target: risky, configuredService: 'production' });
    expect(preflight.confirm).toBe('type-name');
    expect(preflight.confirmPrompt).toBe('Type "rollback" (or "shop") to run it:');
  });

  it('lists every reason it cannot run: read-only, another action running, no target', () => {
    const busy = incident((log) => log.add('action.started', { name: 'restart', kind: 'restart', argv: ['x'] }, 2, 'bob'));
    const preflight = buildPreflight({ action: rollbackOption!, incident: busy, target: undefined, configuredService: 'shop', disabledReason: 'read-only console: actions are disabled' });
    expect(preflight.blockers).toEqual([
      'read-only console: actions are disabled',
      'restart is running (started by bob at 03:02 UTC): one action at a time',
      expect.stringMatching(/^no value for \{previousVersion\} .*no suspect change: mark one in the changes pane/),
    ]);
    expect(preflight.argv).toEqual(['deploy/rollback.sh', '{previousVersion}']);
  });

  it('refuses on a resolved incident', () => {
    const resolved = incident((log) => log.add('incident.resolved', {}, 5));
    expect(buildPreflight({ action: rollbackOption!, incident: resolved, target, configuredService: 'shop' }).blockers).toEqual([
      'INC-1 is resolved: actions are recorded on an open incident',
    ]);
  });
});
