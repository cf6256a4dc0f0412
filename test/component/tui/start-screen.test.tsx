/** The start screen at a fixed 80x24 viewport: empty store, incident list, and the declare dialogs. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY_POLICIES } from '../../../src/domain/severity.js';
import { severityChoices } from '../../../src/tui/presentation/choices.js';
import { consoleFixtures } from '../../helpers/render-console.js';

const fixtures = consoleFixtures();

describe('start screen', () => {
  it('with an empty store says how to declare, in a frame one row shorter than the terminal', async () => {
    const harness = await fixtures.harness({ viewport: { columns: 80, rows: 24 } });
    const view = fixtures.render(harness);
    const frame = await view.waitFor('No incidents in this store');
    expect(frame.split('\n')).toHaveLength(23);
    expect(frame).toContain('No incident open');
    expect(frame).toMatch(/d declare .*\? help {2}q quit/);
    for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('lists open incidents before resolved ones, newest first, with the first selected', async () => {
    const harness = await fixtures.harness();
    const other = harness.otherWriter('bob');
    await other.incidents.declare({ title: 'Search is slow', severity: 'SEV3' });
    await other.incidents.declare({ title: 'Login fails', severity: 'SEV1' });
    await other.incidents.record('INC-2', () => [{ incidentId: 'INC-2', type: 'incident.resolved', data: {} }]);
    await other.incidents.declare({ title: 'Webhooks queue up', severity: 'SEV2' });
    await harness.settle();
    const view = fixtures.render(harness);
    const frame = await view.waitFor('Webhooks queue up');
    const rows = frame.split('\n').filter((line) => /INC-\d/.test(line));
    expect(rows.map((row) => /INC-\d/.exec(row)![0])).toEqual(['INC-3', 'INC-1', 'INC-2']);
    expect(rows[0]).toMatch(/› INC-3 +SEV2 +investigating/);
    expect(rows[2]).toMatch(/INC-2 +SEV1 +resolved/);
    expect(frame).toContain('2 open incidents · 1 resolved');
  });

  it('declaring asks for a title, then shows every severity with its meaning and the escalation rule', async () => {
    const harness = await fixtures.harness();
    const view = fixtures.render(harness);
    await view.waitFor('No incidents in this store');
    harness.press('d');
    let frame = await view.waitFor('Declare an incident (1 of 2)');
    expect(frame).toContain('INSERT: keys go into the text');
    harness.type('Checkout returns 502');
    await view.waitFor('Title: Checkout returns 502');
    harness.press('enter');
    frame = await view.waitFor('Declare an incident (2 of 2)');
    expect(frame).toContain('› 2  SEV2');
    // At 80x24 every level's meaning and commitments are there in full, wrapped, and the rule.
    const shown = frame.replace(/[│╭╮╰╯─]/g, ' ').replace(/\s+/g, ' ');
    for (const choice of severityChoices(DEFAULT_SEVERITY_POLICIES)) {
      expect(shown).toContain(choice.meaning);
      expect(shown.toLowerCase()).toContain(choice.commitments.toLowerCase());
    }
    expect(shown).toContain('When in doubt, escalate');
  });
});
