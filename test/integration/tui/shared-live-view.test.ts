/**
 * Two consoles on one store: what one writes, or the CLI writes, shows in the other within a
 * second, attributed to whoever wrote it. Real files, real file watching.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addNote } from '../../../src/domain/incident-commands.js';
import { selectIncident } from '../../../src/tui/state/selectors.js';
import { createConsoleHarness, type ConsoleHarness } from '../../helpers/console-harness.js';

let harness: ConsoleHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - started;
}

describe('shared live view', () => {
  it('shows an event written by another process within a second, with its actor', async () => {
    harness = await createConsoleHarness({ actor: 'alice' });
    const bob = harness.otherWriter('bob@10.0.0.7');
    await bob.incidents.declare({ title: 'Payments time out', severity: 'SEV1' });
    // A console on the start screen lists the new incident (it never jumps on its own).
    await waitUntil(() => harness!.store.getState().data.incidents.length === 1, 1000);
    harness.press('enter');
    expect(harness.store.getState().ui.incidentId).toBe('INC-1');

    await bob.incidents.record('INC-1', (incident) => addNote(incident, 'failing over the primary DB'));
    const delay = await waitUntil(() => selectIncident(harness!.store.getState())!.events.length === 3, 1000);
    const note = selectIncident(harness.store.getState())!.events.at(-1)!;
    expect(note).toMatchObject({ actor: 'bob@10.0.0.7', data: { text: 'failing over the primary DB' } });
    expect(delay).toBeLessThan(1000);
  });

  it('keeps the last good view and says what is wrong when the store becomes unreadable', async () => {
    harness = await createConsoleHarness();
    const bob = harness.otherWriter('bob');
    await bob.incidents.declare({ title: 'Payments time out', severity: 'SEV1' });
    await waitUntil(() => harness!.store.getState().data.incidents.length === 1, 1000);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(harness.storePath, '{"events": [ broken');
    await waitUntil(() => harness!.store.getState().data.loadError !== undefined, 2000);
    expect(harness.store.getState().data.loadError).toMatch(/store\.json/);
    expect(harness.store.getState().data.incidents).toHaveLength(1);
  });
});
