/**
 * The resolve dialog (R) and the follow-up list (F) through the real keymap, handlers and
 * services, against a real store and real check processes (a tiny script in the temp dir).
 */
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepDraft } from '../../../src/comms/update-drafts.js';
import { updateDraftKey } from '../../../src/domain/comms/update-draft.js';
import type { IncidentEvent } from '../../../src/domain/events.js';
import { KEYMAP } from '../../../src/tui/keymap/keymap.js';
import { selectIncident } from '../../../src/tui/state/selectors.js';
import { createConsoleHarness, type ConsoleHarness } from '../../helpers/console-harness.js';

let harness: ConsoleHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const CONFIG = `
checks:
  - name: api-health
    command: [./probe.sh, OK]
  - name: error-rate
    command: [./probe.sh, CRITICAL]
`;

/** Answers with the state it is given: exit 0 for OK, 2 for CRITICAL. */
const PROBE = '#!/bin/sh\necho "$1 - probe"\n[ "$1" = OK ] && exit 0\nexit 2\n';

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const top = (h: ConsoleHarness) => h.store.getState().ui.modals.at(-1);
const dialog = (h: ConsoleHarness) => {
  const modal = h.store.getState().ui.modals.find((m) => m.kind === 'resolve');
  return modal?.kind === 'resolve' ? modal.dialog : undefined;
};
const incident = (h: ConsoleHarness) => selectIncident(h.store.getState())!;
const stored = async (h: ConsoleHarness, type: string): Promise<IncidentEvent[]> => (await h.env.incidents.store.read()).events.filter((e) => e.type === type);

/** A console on a declared SEV1 (frozen), with the two checks configured. */
async function onIncident(options: { readOnly?: boolean } = {}): Promise<ConsoleHarness> {
  const h = await createConsoleHarness({ configYaml: CONFIG, ...options });
  await writeFile(join(h.dir, 'probe.sh'), PROBE);
  await chmod(join(h.dir, 'probe.sh'), 0o755);
  const declared = await h.otherWriter('bob').incidents.declare({ title: 'Checkout returns 502', severity: 'SEV1' });
  h.store.dispatch({ type: 'incident/open', incidentId: declared.id });
  await h.settle();
  return h;
}

describe('resolve dialog (R)', () => {
  it('re-runs every check live, asks for a reason because one is CRITICAL, records it, lifts the freeze, then exports', async () => {
    harness = await onIncident();
    expect(incident(harness).frozen).toBe(true);
    harness.press('R');
    expect(dialog(harness)?.phase).toBe('checking');
    await until(() => dialog(harness!)?.phase === 'ready', 'the preflight');
    const preflight = dialog(harness)!.preflight!;
    expect(preflight.checks?.map((c) => `${c.name} ${c.status}`)).toEqual(['api-health OK', 'error-rate CRITICAL']);
    expect(preflight).toMatchObject({ reasonRequired: true, recovery: { done: 0, total: 14 } });
    expect(dialog(harness)!.attached).toBe(true);

    harness.press('y');
    expect(top(harness)).toMatchObject({ kind: 'text', purpose: 'resolve-reason' });
    harness.press('enter'); // empty: refused, the field stays
    expect(top(harness)).toMatchObject({ kind: 'text', purpose: 'resolve-reason' });
    expect(harness.store.getState().ui.flash?.text).toMatch(/why it is safe/);
    harness.type('error-rate lags; dashboards at baseline');
    harness.press('enter');
    await until(() => dialog(harness!)?.phase === 'resolved', 'the resolution');
    await harness.settle();

    expect(incident(harness)).toMatchObject({ status: 'resolved', frozen: false });
    const [resolved] = await stored(harness, 'incident.resolved');
    expect(resolved).toMatchObject({ actor: 'alice', data: { reason: 'error-rate lags; dashboards at baseline', openItems: 14, failingChecks: ['error-rate'] } });
    expect((await stored(harness, 'check.finished')).map((e) => e.actor)).toEqual(['alice', 'alice']);
    expect(dialog(harness)).toMatchObject({ freezeLifted: true, reason: 'error-rate lags; dashboards at baseline' });

    harness.press('e');
    await until(() => dialog(harness!)?.exportPath !== undefined, 'the export');
    const path = dialog(harness)!.exportPath!;
    expect(path).toMatch(/ops\/postmortems\/\d{4}-\d{2}-\d{2}-checkout-returns-502\.md$/);
    expect(await readFile(path, 'utf8')).toContain('reason: error-rate lags; dashboards at baseline');
    expect(await stored(harness, 'postmortem.exported')).toHaveLength(1);

    harness.press('c');
    // The screen's c opens the status-update composer, on the resolution kind; without one, the CLI command is named.
    if (KEYMAP.some((b) => (b.command as string) === 'compose.open')) expect(top(harness)).toMatchObject({ kind: 'compose-setup', updateKind: 'resolution' });
    else expect(harness.store.getState().ui.flash?.text).toMatch(/warroom update --kind resolution/);
  });

  it('c after resolving opens the composer on the resolution even when a newer draft of another kind is kept, which stays kept', async () => {
    harness = await onIncident();
    const store = harness.env.incidents.store;
    await keepDraft(store, 'INC-1', 'initial', 'internal', 'older internal draft');
    await keepDraft(store, 'INC-1', 'update', 'customer', 'Checkout still fails for some customers. Next update in 30 minutes.');
    harness.press('R');
    await until(() => dialog(harness!)?.phase === 'ready', 'the preflight');
    harness.press('y');
    harness.type('error-rate lags; dashboards at baseline');
    harness.press('enter');
    await until(() => dialog(harness!)?.phase === 'resolved', 'the resolution');
    await harness.settle();

    harness.press('c');
    await until(() => (top(harness!) as { keptDrafts?: unknown[] }).keptDrafts?.length === 2, 'the kept drafts');
    expect(top(harness)).toMatchObject({ kind: 'compose-setup', updateKind: 'resolution', audience: 'customer' });
    harness.press('enter');
    await until(() => top(harness!)?.kind === 'compose-edit' && !(top(harness!) as { loading: boolean }).loading, 'the resolution template');
    expect(top(harness)).toMatchObject({ source: 'template', updateKind: 'resolution' });
    expect((top(harness) as { text: string }).text).toContain('resolved');
    const drafts = (await store.read()).drafts;
    expect(Object.keys(drafts).sort()).toEqual([updateDraftKey('INC-1', 'initial', 'internal'), updateDraftKey('INC-1', 'update', 'customer')]);
  });

  it('Esc closes the dialog and leaves the incident open', async () => {
    harness = await onIncident();
    harness.press('R');
    await until(() => dialog(harness!)?.phase === 'ready', 'the preflight');
    harness.press('esc');
    await harness.settle();
    expect(harness.store.getState().ui.modals).toEqual([]);
    expect(incident(harness).status).toBe('investigating');
    expect(await stored(harness, 'incident.resolved')).toEqual([]);
  });

  it('is refused in a read-only console, with the reason, and opens nothing', async () => {
    harness = await onIncident({ readOnly: true });
    harness.press('R');
    expect(harness.store.getState().ui.modals).toEqual([]);
    expect(harness.store.getState().ui.flash?.text).toMatch(/R resolve: disabled, this console is read-only/);
  });
});

describe('follow-ups (F)', () => {
  it('adds one with the defaults offered (owner: you, due in 14 days, P2) or typed, refuses a bad date, and closes the selected one', async () => {
    harness = await onIncident();
    harness.press('F');
    expect(top(harness)).toEqual({ kind: 'followups', index: 0 });
    harness.press('a');
    harness.type('Alert on queue age');
    harness.press('enter');
    expect(top(harness)).toMatchObject({ kind: 'text', purpose: 'followup', step: 'owner', text: 'alice' });
    harness.press('enter');
    expect(top(harness)).toMatchObject({ step: 'due' });
    harness.press('C-u');
    harness.type('2020-01-01');
    harness.press('enter');
    expect(top(harness)).toMatchObject({ step: 'due' });
    expect(harness.store.getState().ui.flash?.text).toMatch(/2020-01-01 is in the past/);
    harness.press('C-u');
    harness.type('2099-01-31');
    harness.press('enter', 'C-u');
    harness.type('p1');
    harness.press('enter');
    await harness.settle();
    expect(top(harness)).toMatchObject({ kind: 'followups' });

    harness.press('a');
    harness.type('Autoscale workers');
    harness.press('enter', 'enter', 'enter', 'enter');
    await harness.settle();
    const today = new Date();
    const due = new Date(today.getTime() + 14 * 86_400_000).toISOString().slice(0, 10);
    expect(incident(harness).followups.map((f) => [f.id, f.text, f.owner, f.due, f.priority])).toEqual([
      ['F-1', 'Alert on queue age', 'alice', '2099-01-31', 'P1'],
      ['F-2', 'Autoscale workers', 'alice', due, 'P2'],
    ]);

    harness.press('j', 'x');
    await harness.settle();
    expect(incident(harness).followups.map((f) => Boolean(f.closedAt))).toEqual([false, true]);
    harness.press('esc');
    expect(harness.store.getState().ui.modals).toEqual([]);
  });

  it('still adds follow-ups after resolution, and a read-only console shows them but refuses to add', async () => {
    harness = await onIncident();
    await harness.otherWriter('bob').incidents.record('INC-1', (i) => [{ incidentId: i.id, type: 'incident.resolved', data: {} }]);
    await harness.settle();
    harness.press('F', 'a');
    harness.type('Write the runbook for the worker');
    harness.press('enter', 'enter', 'enter', 'enter');
    await harness.settle();
    expect(incident(harness).followups).toHaveLength(1);
    await harness.close();

    harness = await onIncident({ readOnly: true });
    harness.press('F');
    expect(top(harness)).toMatchObject({ kind: 'followups' });
    harness.press('a');
    expect(top(harness)).toMatchObject({ kind: 'followups' });
    expect(harness.store.getState().ui.flash?.text).toMatch(/a add: disabled, this console is read-only/);
    harness.press('x');
    expect(harness.store.getState().ui.flash?.text).toMatch(/x close item: disabled, this console is read-only/);
  });
});
