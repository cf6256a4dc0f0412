/**
 * Two built consoles in two real pseudo-terminals on one store, ticking different checklist items
 * at the same moment: every tick is on the log (with who, the item and the runbook's version) and
 * both screens show the same final checklist within a second. Needs `npm run build` first.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hashContent } from '../../src/runbooks/read-runbook-file.js';
import { EventStore } from '../../src/store/event-store.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { createConsoleSandbox, requireFreshBuild, type ConsoleSandbox } from '../helpers/console-pty.js';

let sandbox: ConsoleSandbox | undefined;
beforeAll(() => requireFreshBuild());
afterEach(async () => {
  await sandbox?.cleanup();
  sandbox = undefined;
});

describe('checklist in two consoles', () => {
  it('records every tick made at the same moment in two consoles, and both show the same final state within a second', async () => {
    sandbox = await createConsoleSandbox();
    await sandbox.cli(['declare', '--title', 'Checkout returns 502', '--severity', 'SEV2'], 'carol');
    const alice = sandbox.open({ actor: 'alice', cols: 100, rows: 30 });
    const bob = sandbox.open({ actor: 'bob', cols: 80, rows: 24 });
    await Promise.all([alice.waitFor('Checkout returns 502', 10_000), bob.waitFor('Checkout returns 502', 10_000)]);
    alice.write('3');
    bob.write('3');
    await Promise.all([alice.waitFor(/┏━ 3 Checklist \(0\/50\)/), bob.waitFor(/┏━ 3 Checklist \(0\/50\)/)]);

    // Rows: runbook, section, then the items. Alice takes items 1, 3, 5 and Bob 2, 4, 6 of the
    // first section; each round both press Space in the same instant.
    alice.write('jj');
    bob.write('jjj');
    for (let round = 1; round <= 3; round++) {
      await Promise.all([alice.waitFor(/›.*\[ \]/), bob.waitFor(/›.*\[ \]/)]);
      alice.write(' ');
      bob.write(' ');
      const pressed = Date.now();
      const progress = `3 Checklist (${round * 2}/50)`;
      await Promise.all([alice.waitFor(progress, 1000), bob.waitFor(progress, 1000)]);
      expect(Date.now() - pressed).toBeLessThan(1000);
      if (round < 3) {
        alice.write('jj');
        bob.write('jj');
      }
    }
    // Each screen, from the top, shows the section done and who ticked which: the same on both.
    for (const term of [alice, bob]) {
      term.write('g');
      await term.waitFor(/▾ 1\. Acknowledge 6\/6/);
      await term.waitFor(/\[x\] \(alice\) Acknowled/);
      await term.waitFor(/\[x\] \(bob\) Name an/);
      expect(term.screen()).not.toMatch(/already ticked/);
    }

    const events = (await new EventStore({ path: sandbox.storePath, actor: 'reader' }).read()).events.filter((e) => e.type === 'checklist.toggled');
    const hash = hashContent(await readFile(join(REPO_ROOT, 'runbooks', 'incident-checklist.md')));
    expect(events).toHaveLength(6);
    expect(events.map((e) => e.actor).sort()).toEqual(['alice', 'alice', 'alice', 'bob', 'bob', 'bob']);
    expect(new Set(events.map((e) => (e.data as { itemId: string }).itemId)).size).toBe(6);
    for (const event of events) expect(event.data).toMatchObject({ runbook: 'incident-checklist', checked: true, contentHash: hash });

    // Back on Bob's last item (the sixth), Enter shows its suggested command block, exactly as the runbook has it.
    bob.write('jjjjjjj\r');
    await bob.waitFor('Suggested commands (copy them; Warroom never runs them)');
    await bob.waitFor('warroom note "Incident chat: #inc-checkout"');
    bob.write('\x1b');
    await bob.waitForGone('Suggested commands');

    for (const term of [alice, bob]) {
      term.write('qy');
      expect((await term.exited).exitCode).toBe(0);
    }
  });
});
