/**
 * `warroom replay` in a real pseudo-terminal (node-pty + a headless xterm reading the screen):
 * over a stored incident whose severity was raised and whose commander was named, stepping
 * forward shows the change, stepping back shows the earlier severity, a writing key is refused
 * with the reason, quitting gives the terminal back, and the store is untouched.
 * Needs `npm run build` first.
 */
import { readFile } from 'node:fs/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleSandbox, requireFreshBuild, type ConsoleSandbox } from '../helpers/console-pty.js';

const sandboxes: ConsoleSandbox[] = [];
beforeAll(() => requireFreshBuild());
afterEach(async () => {
  for (const made of sandboxes.splice(0)) await made.cleanup();
});

async function newSandbox(): Promise<ConsoleSandbox> {
  const made = await createConsoleSandbox();
  sandboxes.push(made);
  return made;
}

describe('replay in a terminal', () => {
  it('steps through a stored incident read-only and quits cleanly', async () => {
    const sandbox = await newSandbox();
    for (const args of [
      ['declare', '--title', 'Checkout returns 502', '--severity', 'SEV3'],
      ['severity', 'SEV1', '--reason', 'card payments failing'],
      ['role', 'commander', 'carol'],
    ]) {
      expect((await sandbox.cli(args, 'bob')).code).toBe(0);
    }
    const before = await readFile(sandbox.storePath, 'utf8');
    expect((JSON.parse(before) as { events: { type: string }[] }).events.map((e) => e.type)).toEqual(['incident.declared', 'severity.changed', 'freeze.changed', 'role.assigned']);

    const term = sandbox.open({ args: ['replay', 'INC-1'], cols: 100, rows: 30 });
    await term.waitFor(/REPLAY +event 1\/4/, 10_000);
    await term.waitFor(/INC-1 +SEV3 +Minor Checkout returns 502/);
    expect(term.onAlternateScreen()).toBe(true);

    term.write('l');
    await term.waitFor(/REPLAY +event 2\/4/);
    await term.waitFor(/INC-1 +SEV1 +Critical/);
    await term.waitFor('severity SEV3 → SEV1: card payments failing');

    // Raising to SEV1 froze deploys: its own event.
    term.write('l');
    await term.waitFor(/REPLAY +event 3\/4/);
    term.write('l');
    await term.waitFor(/IC carol +Tech lead none/);

    term.write('hhh');
    await term.waitFor(/REPLAY +event 1\/4/);
    await term.waitFor(/INC-1 +SEV3 +Minor/);
    await term.waitForGone('severity SEV3 → SEV1');

    term.write('n');
    await term.waitFor('n note: disabled, a replay is read-only');
    expect(term.screen()).not.toContain('Add a note to INC-1');

    // Ctrl-C asks too, and Enter confirms; the terminal comes back as it was.
    term.write('\x03');
    await term.waitFor('Quit the console?');
    term.write('\r');
    expect((await term.exited).exitCode).toBe(0);
    await term.settled();
    expect({ alternateScreen: term.onAlternateScreen(), cursorVisible: term.cursorVisible() }).toEqual({ alternateScreen: false, cursorVisible: true });
    // Not a byte of the store changed.
    expect(await readFile(sandbox.storePath, 'utf8')).toBe(before);
  });

  it('names an unknown incident and exits 2', async () => {
    const sandbox = await newSandbox();
    expect((await sandbox.cli(['declare', '--title', 'Checkout returns 502', '--severity', 'SEV3'])).code).toBe(0);
    const result = await sandbox.cli(['replay', 'INC-7']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no incident INC-7');
  });
});
