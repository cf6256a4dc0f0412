import { describe, expect, it } from 'vitest';
import { flowReducer, startFlow, type FlowEvent, type FlowState } from '../../../src/domain/actions/action-flow.js';
import { actionMenu } from '../../../src/domain/actions/action-options.js';
import type { Preflight } from '../../../src/domain/actions/preflight.js';
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
    const view = actionView(flow, 'INC-2', 20);
    expect(view.title).toBe('Mitigate on INC-2: fastest typical restore first');
    expect(view.lines.map((l) => l.text)).toEqual([
      '› flag-off  ~30 s    risk none   feature-flag',
      '  rollback  2-5 min  risk low    Back to the previous release',
    ]);
    expect(view.lines[0]!.selected).toBe(true);
    const pre = actionView(run(flow, { type: 'move', by: 1 }, { type: 'choose' }, { type: 'preflight-ready', preflight }), 'INC-2', 20);
    expect(pre.lines.map((l) => l.text)).toContain("will run:    r.sh 'v1 final'");
    expect(pre.lines.find((l) => l.text.includes('health'))).toMatchObject({ tone: 'bad' });
    expect(pre.hint).toBe('Enter continue · Esc back');
  });

  it('keeps the newest output lines in view while running, and offers m once verification passed', () => {
    let flow = run(startFlow(menu, 'rollback'), { type: 'preflight-ready', preflight }, { type: 'proceed' }, { type: 'assume-yes' }, { type: 'started', what: 'run' });
    for (let i = 0; i < 50; i++) flow = flowReducer(flow, { type: 'output', chunk: `line ${i}\n` });
    const running = actionView(flow, 'INC-2', 6);
    expect(running.lines.map((l) => l.text)).toEqual(['running: r.sh \'v1 final\'', 'line 45', 'line 46', 'line 47', 'line 48', 'line 49']);
    flow = run(flow, { type: 'run-finished', outcome: { exitCode: 0, durationMs: 5, cancelled: false, timedOut: false }, suggestions: [] },
      { type: 'verify-result', row: { name: 'health', before: 'CRITICAL', after: 'OK', summary: 'HTTP 200' } }, { type: 'verify-finished' });
    const done = actionView(flow, 'INC-2', 6);
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
});
