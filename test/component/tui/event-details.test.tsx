/**
 * A long note is cut to one row in the Timeline pane; Enter on it opens the whole event: every
 * word of the text, line breaks kept, who wrote it, when, its type and data, scrollable to the end.
 */
import { describe, expect, it } from 'vitest';
import { addNote } from '../../../src/domain/incident-commands.js';
import { consoleFixtures } from '../../helpers/render-console.js';

const fixtures = consoleFixtures();
const LONG = `${'Checkout pods restart in a loop after the 1.4.2 rollout. '.repeat(40)}LAST-WORDS`;

describe('timeline event details', () => {
  it('Enter on a timeline row shows the event in full, scrolls to its end and closes', async () => {
    const harness = await fixtures.harness({ viewport: { columns: 80, rows: 24 } });
    const bob = harness.otherWriter('bob');
    await bob.incidents.declare({ title: 'Checkout returns 502', severity: 'SEV2' });
    await bob.incidents.record('INC-1', (incident) => addNote(incident, LONG));
    await bob.incidents.record('INC-1', (incident) => addNote(incident, 'first line\nsecond line'));
    await harness.settle();
    harness.press('enter');
    const view = fixtures.render(harness);
    await view.waitFor('first line second line');
    expect(view.frame().split('\n').at(-1)).toMatch(/^f follow {2}Enter details/);
    expect(view.frame()).not.toContain('LAST-WORDS');

    // Following the log, Enter opens the newest entry: its line break is kept.
    harness.press('enter');
    let frame = await view.waitFor('Timeline event #4 of INC-1 · note.added');
    expect(frame).toMatch(/Actor +bob/);
    expect(frame).toMatch(/Type +note\.added/);
    expect(frame).toMatch(/│ {5}first line +│\n│ {5}second line +│/);
    harness.press('esc', 'k', 'enter');
    frame = await view.waitFor('Timeline event #3 of INC-1');
    expect(frame).toMatch(/lines 1-\d+ of \d+/);
    harness.press('G');
    frame = await view.waitFor('LAST-WORDS');
    expect(frame).toMatch(/lines \d+-(\d+) of \1/);
    // On a terminal tall enough for all of it, every word of the note is on screen at once.
    harness.store.dispatch({ type: 'viewport/resized', viewport: { columns: 120, rows: 60 } });
    frame = await view.waitFor((f) => f.includes('Timeline event #3') && !f.includes('lines '));
    expect(frame.replace(/[│\s]+/g, ' ')).toContain(LONG.trim());
    harness.press('esc');
    await view.waitFor((f) => !f.includes('Timeline event'));
    expect(harness.store.getState().ui.modals).toEqual([]);
  });
});
