/**
 * A terminal shrunk below 60x16 while someone works: the console cannot be seen, so no key may
 * change anything unseen. Only quit (with its question, shown on the small screen) and redraw act,
 * and a dialog that was open comes back exactly as it was once the terminal is enlarged.
 */
import { describe, expect, it } from 'vitest';
import { EventStore } from '../../../src/store/event-store.js';
import { consoleFixtures } from '../../helpers/render-console.js';

const fixtures = consoleFixtures();
const flat = (frame: string) => frame.replace(/\s+/g, ' ');

async function eventTypes(path: string) {
  return (await new EventStore({ path, actor: 'reader' }).read()).events.map((e) => e.type);
}

describe('a too-small terminal', () => {
  it('ignores every key but quit and redraw, and keeps the open dialog as it was', async () => {
    const harness = await fixtures.harness({ viewport: { columns: 80, rows: 24 } });
    let redraws = 0;
    harness.env.redraw = () => void redraws++;
    await harness.otherWriter('bob').incidents.declare({ title: 'Checkout returns 502', severity: 'SEV2' });
    await harness.settle();
    harness.press('enter');
    const view = fixtures.render(harness);
    await view.waitFor('Checkout returns 502');
    harness.press('n');
    harness.type('half a thought');
    await view.waitFor('half a thought');
    const before = await eventTypes(harness.storePath);

    harness.store.dispatch({ type: 'viewport/resized', viewport: { columns: 60, rows: 15 } });
    await view.waitFor((frame) => flat(frame).includes('this terminal is 60x15'));
    expect(flat(view.frame())).toContain('The open dialog waits as it is');
    // Enter would save the note, Esc drop it; letters would go into it or open dialogs.
    harness.press('enter', 'esc', 's', '1', 'A', 'o', 'tab', 'C-u', 'backspace');
    harness.type('more');
    await harness.settle();
    expect(await eventTypes(harness.storePath)).toEqual(before);
    expect(harness.store.getState().ui.modals).toEqual([{ kind: 'text', purpose: 'note', text: 'half a thought', cursor: 14 }]);

    harness.press('C-l');
    expect(redraws).toBe(1);
    harness.press('q');
    await view.waitFor((frame) => flat(frame).includes('Quit the console? Keys now: y/q/Enter/Ctrl-C quit · n/Esc stay'));
    harness.press('n');
    await view.waitFor((frame) => flat(frame).includes('Keys now: Ctrl-L redraw the whole screen · q/Ctrl-C quit'));
    expect(harness.quitRequests).toBe(0);

    harness.store.dispatch({ type: 'viewport/resized', viewport: { columns: 80, rows: 24 } });
    await view.waitFor('Note: half a thought');
    harness.press('enter');
    await harness.settle();
    expect(await eventTypes(harness.storePath)).toEqual([...before, 'note.added']);
  });

  it('quits after the question, even from the start screen', async () => {
    const harness = await fixtures.harness({ viewport: { columns: 50, rows: 14 } });
    const view = fixtures.render(harness);
    await view.waitFor((frame) => flat(frame).includes('this terminal is 50x14'));
    harness.press('d', 'q');
    await view.waitFor('Quit the console?');
    harness.press('y');
    expect(harness.quitRequests).toBe(1);
    expect(harness.store.getState().ui.modals.map((m) => m.kind)).toEqual(['quit']);
  });
});
