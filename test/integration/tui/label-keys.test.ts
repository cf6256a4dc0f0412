/** Root cause (C) and tags (t) through the real keymap, handlers and store, before and after resolution. */
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleHarness, type ConsoleHarness } from '../../helpers/console-harness.js';
import { selectIncident } from '../../../src/tui/state/selectors.js';

let harness: ConsoleHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const top = (h: ConsoleHarness) => h.store.getState().ui.modals.at(-1);
const incident = (h: ConsoleHarness) => selectIncident(h.store.getState())!;
const edits = async (h: ConsoleHarness) =>
  (await h.env.incidents.store.read()).events.filter((e) => e.type === 'incident.edited').map((e) => [e.actor, e.data]);

async function onIncident(options: { readOnly?: boolean } = {}): Promise<ConsoleHarness> {
  const h = await createConsoleHarness(options);
  const declared = await h.otherWriter('bob').incidents.declare({ title: 'Checkout returns 502', severity: 'SEV3', tags: ['checkout'] });
  h.store.dispatch({ type: 'incident/open', incidentId: declared.id });
  await h.settle();
  return h;
}

describe('root cause and tags keys', () => {
  it('C and t open the text field with the current value and record the change, also on a resolved incident', async () => {
    harness = await onIncident();
    harness.press('t');
    expect(top(harness)).toMatchObject({ kind: 'text', purpose: 'tags', text: 'checkout', cursor: 8 });
    harness.type(', DB-pool');
    harness.press('enter');
    await harness.settle();
    expect(incident(harness).tags).toEqual(['checkout', 'db-pool']);

    await harness.otherWriter('bob').incidents.record('INC-1', (i) => [{ incidentId: i.id, type: 'incident.resolved', data: {} }]);
    await harness.settle();
    expect(incident(harness).status).toBe('resolved');
    // Keys that change a resolved incident say how to reopen it.
    harness.press('n');
    expect(harness.store.getState().ui.flash?.text).toMatch(/INC-1 is resolved: reopen it \(`warroom reopen --incident INC-1`\) or declare a new incident$/);
    harness.press('C');
    expect(top(harness)).toMatchObject({ kind: 'text', purpose: 'root-cause', text: '' });
    harness.type('db-pool-exhaustion');
    harness.press('enter');
    await harness.settle();
    expect(incident(harness).rootCause).toBe('db-pool-exhaustion');
    expect(harness.store.getState().ui.flash?.text).toBe('Root cause saved; the next postmortem export starts from it');
    expect(await edits(harness)).toEqual([
      ['alice', { field: 'tags', value: ['checkout', 'db-pool'] }],
      ['alice', { field: 'rootCause', value: 'db-pool-exhaustion' }],
    ]);

    // Enter on the unchanged value writes nothing; a bad tag is refused and the field comes back with the text.
    harness.press('C', 'enter');
    await harness.settle();
    expect(harness.store.getState().ui.flash?.text).toBe('Unchanged');
    harness.press('t', 'C-u');
    harness.type('two words');
    harness.press('enter');
    await harness.settle();
    expect(top(harness)).toMatchObject({ kind: 'text', purpose: 'tags', text: 'two words' });
    expect(harness.store.getState().ui.flash?.text).toMatch(/^tag "two words" is not usable/);
    expect(await edits(harness)).toHaveLength(2);
  });

  it('are refused in a read-only console, with the reason', async () => {
    harness = await onIncident({ readOnly: true });
    harness.press('C');
    expect(harness.store.getState().ui.modals).toEqual([]);
    expect(harness.store.getState().ui.flash?.text).toMatch(/disabled, this console is read-only/);
  });
});
