import { describe, expect, it } from 'vitest';
import { flowReducer, pendingEffect, startFlow, type FlowEvent, type FlowState } from '../../../../src/domain/actions/action-flow.js';
import { actionMenu, type ActionSpec } from '../../../../src/domain/actions/action-options.js';
import { outputText } from '../../../../src/domain/actions/output-lines.js';
import type { Preflight } from '../../../../src/domain/actions/preflight.js';

const spec = (name: string, kind: ActionSpec['kind'], extra: Partial<ActionSpec> = {}): ActionSpec => ({
  name, kind, command: [`${name}.sh`], description: '', verify: ['health'], confirm: 'type-name', timeout: 60_000, ...extra,
});
const menu = actionMenu([spec('rollback', 'rollback', { dryRun: ['rollback.sh', '--dry-run'] }), spec('flag-off', 'feature-flag', { confirm: 'none', verify: [] })]);

function preflightFor(name: string, extra: Partial<Preflight> = {}): Preflight {
  const option = menu.find((o) => o.name === name)!;
  return {
    name, kind: option.kind, description: '', argv: option.command, ...(option.dryRun ? { dryRunArgv: option.dryRun } : {}),
    risk: option.resolvedRisk, restoreText: option.restoreText, timeoutMs: 60_000, confirm: option.confirm, confirmPrompt: '',
    service: 'shop', verify: option.verify.map((n) => ({ name: n })), cautions: [], hints: [], blockers: [], ...extra,
  };
}

const ok = { exitCode: 0, durationMs: 10, cancelled: false, timedOut: false };
const run = (state: FlowState, ...events: FlowEvent[]) => events.reduce(flowReducer, state);

describe('the guided flow', () => {
  it('walks menu → preflight → dry run → confirm → running → verifying → done, naming each effect for the driver', () => {
    let state = startFlow(menu);
    expect(state.menu.map((o) => o.name)).toEqual(['flag-off', 'rollback']);
    state = run(state, { type: 'move', by: 1 }, { type: 'choose' });
    expect(state.step).toBe('preflight');
    expect(pendingEffect(state)).toMatchObject({ kind: 'prepare', action: { name: 'rollback' } });

    state = run(state, { type: 'preflight-ready', preflight: preflightFor('rollback') }, { type: 'proceed' });
    expect(state.step).toBe('dry-run');
    expect(pendingEffect(state)?.kind).toBe('dry-run');
    state = run(state, { type: 'started', what: 'dry-run' }, { type: 'output', chunk: 'would roll back\nto v1' });
    expect(pendingEffect(state)).toBeUndefined();
    state = run(state, { type: 'dry-run-finished', outcome: ok });
    expect(outputText(state.dryRun!.output)).toEqual(['would roll back', 'to v1']);

    state = run(state, { type: 'proceed' }, { type: 'input', text: 'rollbak' }, { type: 'submit' });
    expect(state.step).toBe('confirm');
    expect(state.notice).toBe('"rollbak" does not match: type "rollback" or "shop" exactly');
    state = run(state, { type: 'input', text: 'shop' }, { type: 'submit' });
    expect(state.step).toBe('running');
    expect(pendingEffect(state)?.kind).toBe('run');

    state = run(state, { type: 'started', what: 'run' }, { type: 'output', chunk: 'rolling back\n' }, { type: 'run-finished', outcome: ok, suggestions: [] });
    expect(state.step).toBe('verifying');
    expect(pendingEffect(state)?.kind).toBe('verify');
    state = run(state, { type: 'started', what: 'verify' }, { type: 'verify-result', row: { name: 'health', before: 'CRITICAL', after: 'OK', summary: 'HTTP 200' } }, { type: 'verify-finished' });
    expect(state).toMatchObject({ step: 'done', verified: true });
    expect(run(state, { type: 'mitigated' }).mitigated).toBe(true);
  });

  it('goes straight to running when no dry run and no confirmation are configured, and ends without verification', () => {
    let state = startFlow(menu, 'flag-off');
    state = run(state, { type: 'preflight-ready', preflight: preflightFor('flag-off') }, { type: 'proceed' });
    expect(state.step).toBe('running');
    state = run(state, { type: 'started', what: 'run' }, { type: 'run-finished', outcome: ok, suggestions: [] });
    expect(state.step).toBe('done');
    expect(state.verified).toBeUndefined();
  });

  it('does not proceed past blockers or a failed dry run', () => {
    let state = run(startFlow(menu, 'rollback'), { type: 'preflight-ready', preflight: preflightFor('rollback', { blockers: ['read-only console'] }) }, { type: 'proceed' });
    expect(state).toMatchObject({ step: 'preflight', notice: 'cannot run: read-only console' });
    state = run(startFlow(menu, 'rollback'), { type: 'preflight-ready', preflight: preflightFor('rollback') }, { type: 'proceed' }, { type: 'started', what: 'dry-run' },
      { type: 'dry-run-finished', outcome: { ...ok, exitCode: 1 } }, { type: 'proceed' });
    expect(state.step).toBe('dry-run');
    expect(state.notice).toContain('the dry run failed (exit code 1');
  });

  it('cancels a running action through the driver and ends in cancelled', () => {
    let state = run(startFlow(menu, 'flag-off'), { type: 'preflight-ready', preflight: preflightFor('flag-off') }, { type: 'proceed' }, { type: 'started', what: 'run' }, { type: 'cancel' });
    expect(state.cancelling).toBe(true);
    expect(pendingEffect(state)).toEqual({ kind: 'abort' });
    state = run(state, { type: 'run-finished', outcome: { ...ok, exitCode: null, cancelled: true }, suggestions: [] });
    expect(state).toMatchObject({ step: 'cancelled', cancelling: false });
  });

  it('records a failure with its summary and the suggestions it was given', () => {
    const suggestions = [{ name: 'flag-off', restoreText: '~30 s', reason: 'switch off the feature' }];
    const state = run(startFlow(menu, 'flag-off'), { type: 'preflight-ready', preflight: preflightFor('flag-off') }, { type: 'proceed' }, { type: 'started', what: 'run' },
      { type: 'run-finished', outcome: { ...ok, exitCode: 3 }, suggestions });
    expect(state).toMatchObject({ step: 'failed', failure: 'exit code 3: see its output', suggestions });
    const again = run(state, { type: 'back-to-menu', select: 'flag-off' });
    expect(again).toMatchObject({ step: 'menu', selected: 0, suggestions: [], output: { lines: [] } });
    expect(again.outcome).toBeUndefined();
  });

  it('backs out step by step with Esc before anything runs', () => {
    let state = run(startFlow(menu, 'rollback'), { type: 'preflight-ready', preflight: preflightFor('rollback') }, { type: 'proceed' });
    state = run(state, { type: 'cancel' });
    expect(state.step).toBe('preflight');
    state = run(state, { type: 'cancel' });
    expect(state.step).toBe('menu');
    expect(state.preflight).toBeUndefined();
    expect(run(state, { type: 'cancel' }).step).toBe('closed');
  });
});
