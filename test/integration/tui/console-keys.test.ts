/**
 * Keys through the real keymap, command handlers and incident service, against a real store:
 * what a responder types ends up on the incident log, attributed to them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { keepUnsentNote } from '../../../src/tui/commands/unsent-notes.js';
import { selectIncident } from '../../../src/tui/state/selectors.js';
import { createConsoleHarness, type ConsoleHarness } from '../../helpers/console-harness.js';

let harness: ConsoleHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met within 2 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function declared(h: ConsoleHarness, title = 'Checkout returns 502') {
  h.press('d');
  h.type(title);
  h.press('enter', 'enter');
  await h.settle();
  return selectIncident(h.store.getState())!;
}

describe('console keys', () => {
  it('declares from the start screen: title, then severity (SEV2 preselected), and opens the incident', async () => {
    harness = await createConsoleHarness();
    expect(harness.store.getState().ui.screen).toBe('start');
    const incident = await declared(harness);
    expect(harness.store.getState().ui).toMatchObject({ screen: 'incident', incidentId: 'INC-1', modals: [] });
    expect(incident).toMatchObject({ title: 'Checkout returns 502', severity: 'SEV2', declaredBy: 'alice', frozen: true });
  });

  it('a note typed with shortcut letters in it is stored whole: no shortcut fires while typing', async () => {
    harness = await createConsoleHarness();
    await declared(harness);
    harness.press('n');
    harness.type('q s o u A ? rolled back 1.4.2');
    harness.press('enter');
    await harness.settle();
    const incident = selectIncident(harness.store.getState())!;
    const note = incident.events.at(-1)!;
    expect(note).toMatchObject({ type: 'note.added', actor: 'alice', data: { text: 'q s o u A ? rolled back 1.4.2' } });
    expect(incident.severity).toBe('SEV2');
    expect(harness.store.getState().ui.modals).toEqual([]);
  });

  it('Esc cancels a note and writes nothing', async () => {
    harness = await createConsoleHarness();
    const before = (await declared(harness)).events.length;
    harness.press('n');
    harness.type('never mind');
    harness.press('esc');
    await harness.settle();
    expect(selectIncident(harness.store.getState())!.events).toHaveLength(before);
  });

  it('changes severity, takes a role in one key, sets the status and acknowledges', async () => {
    harness = await createConsoleHarness();
    await declared(harness);
    harness.press('s', '1');
    await harness.settle();
    harness.press('o', '2');
    await harness.settle();
    harness.press('u', 'j', 'enter');
    await harness.settle();
    harness.press('A');
    await harness.settle();
    const incident = selectIncident(harness.store.getState())!;
    expect(incident).toMatchObject({ severity: 'SEV1', status: 'identified', roles: { lead: 'alice' } });
    expect(incident.milestones.acknowledged).toBeDefined();
  });

  it('assigns a role to someone else by name', async () => {
    harness = await createConsoleHarness();
    await declared(harness);
    harness.press('o', 'j', 'j', 'a');
    harness.type('carol');
    harness.press('enter');
    await harness.settle();
    expect(selectIncident(harness.store.getState())!.roles).toEqual({ comms: 'carol' });
  });

  it('a refused change says why and keeps the typed text', async () => {
    harness = await createConsoleHarness();
    await declared(harness);
    // The same role holder again is refused by the domain.
    harness.press('o', '1');
    await harness.settle();
    // The picker opens on the first unfilled role; k goes back up to the commander.
    harness.press('o', 'k', 'a');
    harness.type('alice');
    harness.press('enter');
    await harness.settle();
    const ui = harness.store.getState().ui;
    expect(ui.flash).toMatchObject({ tone: 'error', text: 'alice already holds commander' });
    expect(ui.modals.at(-1)).toMatchObject({ kind: 'text', purpose: 'role-name', text: 'alice' });
  });

  it('a read-only console writes nothing and says why', async () => {
    harness = await createConsoleHarness({ readOnly: true });
    const writer = harness.otherWriter('bob');
    await writer.incidents.declare({ title: 'Login fails', severity: 'SEV1' });
    await harness.settle();
    harness.press('enter');
    expect(harness.store.getState().ui.screen).toBe('incident');
    for (const key of ['n', 's', 'o', 'u', 'A']) {
      harness.press(key);
      expect(harness.store.getState().ui.flash?.text).toMatch(/disabled, this console is read-only/);
      expect(harness.store.getState().ui.modals).toEqual([]);
    }
    await harness.settle();
    expect((await writer.store.read()).events.map((e) => e.actor)).toEqual(['bob', 'bob']);
    // Looking around still works.
    harness.press('tab', '?');
    expect(harness.store.getState().ui).toMatchObject({ focus: 'checks', modals: [{ kind: 'help' }] });
  });

  it('a note being typed when the console goes away comes back the next time, once', async () => {
    harness = await createConsoleHarness();
    await declared(harness);
    harness.press('n');
    harness.type('db primary is read-only');
    await keepUnsentNote(harness.store.getState(), harness.env.incidents.store, false);

    // A later session of the same responder: the note dialog offers the text again.
    harness.press('esc', 'n');
    await until(() => (harness!.store.getState().ui.modals.at(-1) as { text?: string }).text === 'db primary is read-only');
    expect(harness.store.getState().ui.flash?.text).toMatch(/Restored the note you had not saved/);
    harness.press('enter');
    await harness.settle();
    expect(selectIncident(harness.store.getState())!.events.at(-1)!.data).toEqual({ text: 'db primary is read-only' });
    // The draft is forgotten once the note is stored.
    await harness.settle();
    expect((await harness.env.incidents.store.read()).drafts).toEqual({});
  });

  it('q and Ctrl-C ask before quitting; only a confirmation quits', async () => {
    harness = await createConsoleHarness();
    harness.press('q');
    expect(harness.store.getState().ui.modals).toEqual([{ kind: 'quit' }]);
    harness.press('n');
    expect(harness.quitRequests).toBe(0);
    harness.press('C-c', 'y');
    expect(harness.quitRequests).toBe(1);
  });
});
