/**
 * What the console says matches what can be done here: hints for keys that are disabled are not
 * offered, role names are the roles' titles, a message about one incident does not follow the
 * responder to another, and a check key the console refused says so.
 */
import { describe, expect, it } from 'vitest';
import type { HarnessOptions } from '../../helpers/console-harness.js';
import { consoleFixtures } from '../../helpers/render-console.js';

const fixtures = consoleFixtures();

async function withIncident(options: HarnessOptions = {}) {
  const harness = await fixtures.harness(options);
  const bob = harness.otherWriter('bob');
  await bob.incidents.declare({ title: 'Checkout returns 502', severity: 'SEV2' });
  await harness.settle();
  return { harness, bob };
}

describe('console wording', () => {
  it('offers "o assigns" only where o can assign: not read-only, not on a resolved incident', async () => {
    const { harness, bob } = await withIncident();
    harness.press('enter');
    const view = fixtures.render(harness);
    await view.waitFor('(4 unfilled: o assigns)');
    await bob.incidents.record('INC-1', () => [{ incidentId: 'INC-1', type: 'incident.resolved', data: {} }]);
    await harness.settle();
    const frame = await view.waitFor('RESOLVED');
    expect(frame).toContain('(4 unfilled)');
    expect(frame).not.toContain('o assigns');

    const { harness: reader } = await withIncident({ readOnly: true });
    reader.press('enter');
    const readOnlyView = fixtures.render(reader);
    expect(await readOnlyView.waitFor('(4 unfilled)')).not.toContain('o assigns');
  });

  it('in read-only the start screen does not say d declares', async () => {
    const harness = await fixtures.harness({ readOnly: true });
    const view = fixtures.render(harness);
    const frame = (await view.waitFor('No incidents in this store')).replace(/[│╭╮╰╯─]/g, ' ').replace(/\s+/g, ' ');
    expect(frame).toContain('Enter opens the selected incident · read-only: declare with `warroom declare` You are');
    expect(frame).toContain('No incidents in this store; read-only: declare with `warroom declare`.');
    expect(frame).not.toContain('d declares');
  });

  it('names an assigned role by its title, and points to R for resolving', async () => {
    const { harness } = await withIncident();
    harness.press('enter');
    const view = fixtures.render(harness);
    await view.waitFor('Checkout returns 502');
    harness.press('o', 'j', 'j', 'a');
    harness.type('bob');
    harness.press('enter');
    await harness.settle();
    await view.waitFor('bob is now Communications Lead');
    harness.press('u');
    await view.waitFor((frame) => frame.replace(/[│\s]+/g, ' ').includes('Resolved is not picked here: R on the incident screen resolves, after re-running every check.'));
  });

  it('clears a message about one incident when another is opened', async () => {
    const { harness, bob } = await withIncident();
    await bob.incidents.declare({ title: 'Search is slow', severity: 'SEV3' });
    await harness.settle();
    harness.press('enter');
    const view = fixtures.render(harness);
    await view.waitFor('Search is slow');
    harness.store.dispatch({ type: 'flash/show', text: 'Overdue: first public update', tone: 'error' });
    await view.waitFor('Overdue: first public update');
    harness.press('i', 'j', 'enter');
    await view.waitFor('Checkout returns 502');
    expect(view.frame()).not.toContain('Overdue');
    // A message shown on the start screen (about no incident) stays when one is opened.
    harness.press('i');
    harness.store.dispatch({ type: 'flash/show', text: 'Pasted text ignored', tone: 'warning' });
    harness.press('enter');
    await view.waitFor('Search is slow');
    expect(view.frame()).toContain('Pasted text ignored');
  });

  it("says a check's key is not bound when the console uses that key, and why", async () => {
    const configYaml = 'checks:\n  - name: api\n    key: F\n    command: [node, -e, "0"]\n';
    const { harness } = await withIncident({ configYaml });
    harness.press('enter', '1', 'v');
    const view = fixtures.render(harness);
    const frame = await view.waitFor('Check api');
    expect(frame).toMatch(/Key +F not bound: the console uses it \(follow-up action items\)/);
  });
});
