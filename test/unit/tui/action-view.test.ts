import { describe, expect, it } from 'vitest';
import { flowReducer, startFlow, type FlowEvent, type FlowState } from '../../../src/domain/actions/action-flow.js';
import { actionMenu } from '../../../src/domain/actions/action-options.js';
import type { Preflight } from '../../../src/domain/actions/preflight.js';
import { showArgv } from '../../../src/domain/actions/preflight-lines.js';
import { idleActionCommands, markRefusal } from '../../../src/tui/presentation/action-keys.js';
import { actionView } from '../../../src/tui/presentation/action-view.js';
import { initialConsoleState } from '../../../src/tui/state/console-state.js';
import { reduceUi } from '../../../src/tui/state/ui-reducer.js';

const menu = actionMenu([
  { name: 'rollback', kind: 'rollback', command: ['r.sh', '{previousVersion}'], description: 'Back to the previous release', verify: ['health'], confirm: 'type-name', timeout: 60_000 },
  { name: 'flag-off', kind: 'feature-flag', command: ['f.sh'], description: '', verify: [], confirm: 'confirm', timeout: 60_000 },
]);
const preflight: Preflight = {
  name: 'rollback', kind: 'rollback', description: 'Back to the previous release', argv: ['r.sh', 'v1 final'], risk: { level: 'low', note: '' },
  restoreText: '2-5 min', timeoutMs: 60_000, confirm: 'type-name', confirmPrompt: 'Type "rollback" to run it:', verify: [{ name: 'health', status: 'CRITICAL', summary: 'HTTP 500' }],
  cautions: [], hints: [], blockers: [],
};
const run = (state: FlowState, ...events: FlowEvent[]) => events.reduce(flowReducer, state);

describe('the mitigation dialog', () => {
  it('shows the menu fastest first with the cursor, and the exact argv in the preflight', () => {
    const flow = startFlow(menu);
    const view = actionView({ flow, incidentId: 'INC-2', width: 116, height: 20 });
    expect(view.title).toBe('Mitigate on INC-2: fastest typical restore first');
    expect(view.lines.map((l) => l.text)).toEqual([
      '› flag-off  ~30 s    risk none   feature-flag',
      '  rollback  2-5 min  risk low    Back to the previous release',
    ]);
    expect(view.lines[0]!.selected).toBe(true);
    const pre = actionView({ flow: run(flow, { type: 'move', by: 1 }, { type: 'choose' }, { type: 'preflight-ready', preflight }), incidentId: 'INC-2', width: 116, height: 20 });
    expect(pre.lines.map((l) => l.text)).toContain("will run:    r.sh 'v1 final'");
    expect(pre.lines.find((l) => l.text.includes('health'))).toMatchObject({ tone: 'bad' });
    expect(pre.hint).toBe('Enter continue · Esc back');
  });

  it('keeps the newest output lines in view while running, and offers m once verification passed', () => {
    let flow = run(startFlow(menu, 'rollback'), { type: 'preflight-ready', preflight }, { type: 'proceed' }, { type: 'assume-yes' }, { type: 'started', what: 'run' });
    for (let i = 0; i < 50; i++) flow = flowReducer(flow, { type: 'output', chunk: `line ${i}\n` });
    const running = actionView({ flow, incidentId: 'INC-2', width: 116, height: 6 });
    expect(running.lines.map((l) => l.text)).toEqual(['running:     r.sh \'v1 final\'', 'line 45', 'line 46', 'line 47', 'line 48', 'line 49']);
    flow = run(flow, { type: 'run-finished', outcome: { exitCode: 0, durationMs: 5, cancelled: false, timedOut: false }, suggestions: [] },
      { type: 'verify-result', row: { name: 'health', before: 'CRITICAL', after: 'OK', summary: 'HTTP 200' } }, { type: 'verify-finished' });
    const done = actionView({ flow, incidentId: 'INC-2', width: 116, height: 6 });
    expect(done.lines.at(-1)).toMatchObject({ text: 'verification passed: press m to mark the incident mitigated', tone: 'ok' });
    expect(done.hint).toBe('m mark mitigated · Enter menu · Esc close');
  });

  it('mirrors the flow into the dialog even under the typed-confirmation field', () => {
    const ui = initialConsoleState({ now: 0, viewport: { columns: 80, rows: 24 }, incidentId: 'INC-2' }).ui;
    const flow = startFlow(menu);
    let next = reduceUi(ui, { type: 'modal/open', modal: { kind: 'action', flow } });
    next = reduceUi(next, { type: 'modal/open', modal: { kind: 'text', purpose: 'action-confirm', prompt: 'Type', text: '', cursor: 0 } });
    expect(next.mode).toBe('insert');
    const moved = flowReducer(flow, { type: 'move', by: 1 });
    next = reduceUi(next, { type: 'modal/flow', flow: moved });
    expect(next.modals[0]).toEqual({ kind: 'action', flow: moved });
    expect(next.modals[1]?.kind).toBe('text');
    expect(reduceUi(ui, { type: 'modal/flow', flow: moved })).toBe(ui);
  });

  it('wraps a long note, target and argv into the width under their label column, nothing cut off, at 120 columns', () => {
    const argv = ['rollback.sh', `--to=${'v'.repeat(150)}`, 'it is "quoted"'];
    const hint = 'when trouble starts right after a deploy, rolling back first is usually the fastest way to restore service; debug the deploy afterwards';
    const long = { ...preflight, argv, hints: [hint], verify: [{ name: 'queue-depth', status: 'CRITICAL' as const, summary: `12000 jobs waiting; ${'draining slowly '.repeat(8)}` }] };
    const view = actionView({ flow: run(startFlow(menu, 'rollback'), { type: 'preflight-ready', preflight: long }), incidentId: 'INC-2', width: 116, height: 30 });
    const texts = view.lines.map((l) => l.text);
    expect(texts.every((t) => t.length <= 116)).toBe(true);
    expect(texts.join('\n')).not.toContain('…');
    // The argv, cut exactly, reads back as what runs; its continuation lines sit under the value column.
    const run0 = texts.findIndex((t) => t.startsWith('will run:'));
    const after = texts.slice(run0 + 1);
    const continuations = after.slice(0, after.findIndex((t) => !t.startsWith(' '.repeat(13))));
    const argvRows = [texts[run0]!, ...continuations].map((t) => t.slice(13));
    expect(argvRows.join('')).toBe(showArgv(argv));
    const note = texts.findIndex((t) => t.startsWith('note:'));
    expect(texts[note + 1]).toMatch(/^ {13}\S/);
    expect(`${texts[note]!.slice(13)} ${texts[note + 1]!.trim()}`).toContain('rolling back first is usually the fastest way');
    expect(view.maxOffset).toBe(0);
  });

  it('scrolls what does not fit, saying where the window is; the offset is clamped to the last page', () => {
    const hints = Array.from({ length: 12 }, (_, i) => `rule ${i + 1}`);
    const flow = run(startFlow(menu, 'rollback'), { type: 'preflight-ready', preflight: { ...preflight, hints } });
    const top = actionView({ flow, incidentId: 'INC-2', width: 80, height: 6 });
    expect(top.maxOffset).toBe(16 - 6);
    expect(top.lines).toHaveLength(6);
    expect(top.hint).toBe('j/k scroll (lines 1-6 of 16) · Enter continue · Esc back');
    const end = actionView({ flow, incidentId: 'INC-2', width: 80, height: 6, offset: 99 });
    expect(end.lines.at(-1)!.text).toMatch(/^verify now: +CRITICAL health/);
    expect(end.hint).toMatch(/^j\/k scroll \(lines 11-16 of 16\)/);
  });

  it('after a verified run someone else already marked the incident mitigated: says so, and m is not offered', () => {
    const flow = run(startFlow(menu, 'rollback'), { type: 'preflight-ready', preflight }, { type: 'proceed' }, { type: 'assume-yes' },
      { type: 'run-finished', outcome: { exitCode: 0, durationMs: 5, cancelled: false, timedOut: false }, suggestions: [] },
      { type: 'verify-result', row: { name: 'health', before: 'CRITICAL', after: 'OK', summary: 'HTTP 200' } }, { type: 'verify-finished' });
    const view = actionView({ flow, incidentId: 'INC-2', mitigatedAt: '2026-11-22T03:12:40.000Z', width: 100, height: 10 });
    expect(view.lines.at(-1)!.text).toBe('verification passed; the incident was marked mitigated at 03:12 UTC');
    expect(view.hint).toBe('Enter menu · Esc close');
    expect(idleActionCommands(flow, true)).toContain('action.mitigated');
    expect(idleActionCommands(flow, false)).not.toContain('action.mitigated');
  });

  it('a failed verification points to M; m says why it does nothing after a failed run or on the menu', () => {
    const ran = run(startFlow(menu, 'rollback'), { type: 'preflight-ready', preflight }, { type: 'proceed' }, { type: 'assume-yes' });
    const verifiedBad = run(ran, { type: 'run-finished', outcome: { exitCode: 0, durationMs: 5, cancelled: false, timedOut: false }, suggestions: [] },
      { type: 'verify-result', row: { name: 'health', before: 'CRITICAL', after: 'CRITICAL', summary: 'queue still draining' } }, { type: 'verify-finished' });
    expect(actionView({ flow: verifiedBad, incidentId: 'INC-2', width: 200, height: 10 }).lines.map((l) => l.text).slice(-2)).toEqual([
      'verification failed: the checks are not all OK',
      'if impact has stopped anyway (a queue still draining, a check that lags), close this and press M to mark the incident mitigated',
    ]);
    expect(markRefusal(verifiedBad, undefined)).toMatch(/not all OK, so m does not mark it; .*Esc, then M/);
    const failed = run(ran, { type: 'run-finished', outcome: { exitCode: 3, durationMs: 5, cancelled: false, timedOut: false }, suggestions: [] });
    expect(markRefusal(failed, undefined)).toMatch(/this one failed\. Once impact has stopped: Esc, then M/);
    expect(markRefusal(startFlow(menu), undefined)).toMatch(/M marks it mitigated any time/);
    expect(markRefusal(failed, '2026-11-22T03:12:40.000Z')).toBe('The incident is already marked mitigated');
  });

  it('lists as idle the keys that do nothing in each step: the key bar leaves them out', () => {
    const menuFlow = startFlow(menu);
    expect(idleActionCommands(menuFlow, false)).toEqual(['action.yes', 'action.mitigated']);
    const preparing = run(menuFlow, { type: 'choose' });
    expect(idleActionCommands(preparing, false)).toEqual(['action.down', 'action.up', 'action.proceed', 'action.yes', 'action.mitigated']);
    const confirming = run(startFlow(menu, 'flag-off'), { type: 'preflight-ready', preflight: { ...preflight, name: 'flag-off', confirm: 'confirm' } }, { type: 'proceed' });
    expect(confirming.step).toBe('confirm');
    expect(idleActionCommands(confirming, false)).toEqual(['action.down', 'action.up', 'action.mitigated']);
  });

  it('a step keeps its scroll offset while its flow changes, and a new step starts at the top', () => {
    const ui = initialConsoleState({ now: 0, viewport: { columns: 80, rows: 24 }, incidentId: 'INC-2' }).ui;
    const flow = run(startFlow(menu, 'rollback'), { type: 'preflight-ready', preflight });
    let next = reduceUi(ui, { type: 'modal/open', modal: { kind: 'action', flow, offset: 4 } });
    next = reduceUi(next, { type: 'modal/flow', flow: { ...flow, notice: 'cannot run yet' } });
    expect(next.modals[0]).toMatchObject({ kind: 'action', offset: 4 });
    next = reduceUi(next, { type: 'modal/flow', flow: run(flow, { type: 'proceed' }) });
    expect(next.modals[0]).not.toHaveProperty('offset');
  });
});
