import { describe, expect, it } from 'vitest';
import { defaultRestoreTime, defaultRisk, parseRestoreTime, parseRisk } from '../../../../src/domain/actions/action-defaults.js';
import { actionMenu, requireAction, resolveAction, type ActionSpec } from '../../../../src/domain/actions/action-options.js';
import { DomainError } from '../../../../src/domain/domain-error.js';

const spec = (name: string, kind: ActionSpec['kind'], extra: Partial<ActionSpec> = {}): ActionSpec => ({
  name, kind, command: ['true'], description: '', verify: [], confirm: 'confirm', timeout: 60_000, ...extra,
});

describe('defaults per kind (the mitigation table)', () => {
  it('gives each kind its typical time to restore and risk', () => {
    expect(defaultRestoreTime('rollback')).toEqual({ text: '2-5 min', minMs: 120_000, maxMs: 300_000 });
    expect(defaultRisk('rollback').level).toBe('low');
    expect(defaultRestoreTime('feature-flag')).toMatchObject({ minMs: 30_000, maxMs: 30_000 });
    expect(defaultRisk('feature-flag').level).toBe('none');
    expect(defaultRestoreTime('failover')).toMatchObject({ minMs: 300_000, maxMs: 900_000 });
    expect(defaultRisk('failover').level).toBe('medium');
    expect(defaultRestoreTime('scale')?.text).toBe('5-10 min');
    expect(defaultRestoreTime('maintenance-on')?.text).toBe('1-5 min');
    expect(defaultRestoreTime('maintenance-off')).toBeUndefined();
    expect(defaultRestoreTime('custom')).toBeUndefined();
  });

  it('parses the ways people write restore times and risks, and names bad text', () => {
    expect(parseRestoreTime('~30 s')).toMatchObject({ minMs: 30_000, maxMs: 30_000 });
    expect(parseRestoreTime('5-15m')).toMatchObject({ minMs: 300_000, maxMs: 900_000 });
    expect(parseRestoreTime('1 hour')).toMatchObject({ minMs: 3_600_000 });
    expect(() => parseRestoreTime('soon')).toThrow(/"soon" is not a time to restore/);
    expect(() => parseRestoreTime('5-2 min')).toThrow(/runs backwards/);
    expect(parseRisk('Medium: replica lag')).toEqual({ level: 'medium', note: 'replica lag' });
    expect(parseRisk('high')).toEqual({ level: 'high', note: '' });
    expect(() => parseRisk('scary: very')).toThrow(/must start with none, low, medium, high/);
  });
});

describe('the action menu', () => {
  it('orders by typical time to restore, stated times overriding the kind, unknown times last', () => {
    const menu = actionMenu([
      spec('custom-fix', 'custom'),
      spec('failover-db', 'failover'),
      spec('rollback', 'rollback'),
      spec('flag-off', 'feature-flag'),
      spec('maintenance-off', 'maintenance-off'),
      spec('maintenance-on', 'maintenance-on'),
      spec('scale-up', 'scale', { typicalTimeToRestore: '45 s' }),
    ]);
    expect(menu.map((o) => o.name)).toEqual(['flag-off', 'scale-up', 'maintenance-on', 'rollback', 'failover-db', 'custom-fix', 'maintenance-off']);
    expect(menu.at(-1)?.restoreText).toBe('n/a');
  });

  it('keeps a stated risk', () => {
    expect(resolveAction(spec('r', 'rollback', { risk: 'high: schema changed' })).resolvedRisk).toEqual({ level: 'high', note: 'schema changed' });
  });

  it('names the configured actions when asked for an unknown one', () => {
    const menu = actionMenu([spec('rollback', 'rollback')]);
    expect(requireAction(menu, 'rollback').name).toBe('rollback');
    expect(() => requireAction(menu, 'rolback')).toThrow(new DomainError('no action "rolback" (configured actions: rollback)', 'usage'));
    expect(() => requireAction([], 'x')).toThrow(/no actions are configured/);
  });
});
