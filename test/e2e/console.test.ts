/**
 * The built console in a real pseudo-terminal (node-pty + a headless xterm reading the screen):
 * a responder declares, notes, changes severity, takes a role and quits; the screen shows each
 * step, the store holds the events, and the terminal is given back as it was.
 * Needs `npm run build` first.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EventStore } from '../../src/store/event-store.js';
import { createConsoleSandbox, requireFreshBuild, type ConsoleSandbox } from '../helpers/console-pty.js';

let sandbox: ConsoleSandbox | undefined;
beforeAll(() => requireFreshBuild());
afterEach(async () => {
  await sandbox?.cleanup();
  sandbox = undefined;
});

async function storedEvents(path: string) {
  return (await new EventStore({ path, actor: 'reader' }).read()).events;
}

describe.each([
  [80, 24],
  [120, 40],
])('console at %ix%i', (cols, rows) => {
  it('declares from the start screen, adds a note, changes severity, takes a role and quits cleanly', async () => {
    sandbox = await createConsoleSandbox();
    // A CI marker in the environment must not stop a real terminal from getting every frame.
    const term = sandbox.open({ actor: 'alice', cols, rows, env: { CI: 'true', CI_JOB_ID: '7' } });
    await term.waitFor('No incidents in this store', 10_000);
    expect(term.onAlternateScreen()).toBe(true);
    expect(term.cursorVisible()).toBe(false);

    term.write('d');
    await term.waitFor('Declare an incident (1 of 2): title');
    term.write('Checkout returns 502');
    await term.waitFor('Title: Checkout returns 502');
    term.write('\r');
    await term.waitFor('When in doubt, escalate');
    term.write('\r');
    await term.waitFor(/INC-1 +SEV2 +Major Checkout returns 502/);
    await term.waitFor('declared SEV2: Checkout returns 502');

    term.write('n');
    await term.waitFor('Add a note to INC-1');
    term.write('Rolled back shop 1.4.2; q and s are just letters here');
    await term.waitFor('q and s are just letters');
    term.write('\r');
    await term.waitFor(/alice +note: Rolled back shop 1\.4\.2; q and s/);

    term.write('s');
    await term.waitFor('Change severity (now SEV2)');
    term.write('1');
    await term.waitFor(/INC-1 +SEV1 +Critical/);
    await term.waitFor('severity SEV2 → SEV1');

    term.write('o');
    await term.waitFor('Roles for INC-1 (you are alice)');
    term.write('\r');
    await term.waitFor(/IC alice +Tech lead none/);
    await term.waitFor('Incident Commander assigned: alice');

    // Every row is inside the terminal and the frame never reaches the last row.
    const lines = term.lines();
    expect(lines).toHaveLength(rows);
    expect(lines[rows - 1]).toBe('');
    expect(lines[rows - 2]).toMatch(/n note +s severity/);

    term.write('q');
    await term.waitFor('Quit the console?');
    term.write('y');
    const exit = await term.exited;
    expect(exit.exitCode).toBe(0);
    await term.settled();
    expect(term.onAlternateScreen()).toBe(false);
    expect(term.cursorVisible()).toBe(true);

    const events = await storedEvents(sandbox.storePath);
    expect(events.map((e) => [e.type, e.actor])).toEqual([
      ['incident.declared', 'alice'],
      ['freeze.changed', 'alice'],
      ['note.added', 'alice'],
      ['severity.changed', 'alice'],
      ['role.assigned', 'alice'],
    ]);
    expect(events[2]!.data).toEqual({ text: 'Rolled back shop 1.4.2; q and s are just letters here' });
    expect(events[4]!.data).toEqual({ role: 'commander', name: 'alice' });
  });
});

describe('console with others', () => {
  it('shows what another console and the CLI write within a second, attributed to them', async () => {
    sandbox = await createConsoleSandbox();
    await sandbox.cli(['declare', '--title', 'Login fails', '--severity', 'SEV1'], 'carol');
    const alice = sandbox.open({ actor: 'alice', cols: 100, rows: 30 });
    const bob = sandbox.open({ actor: 'bob', cols: 80, rows: 24 });
    await alice.waitFor('Login fails', 10_000);
    await bob.waitFor('Login fails', 10_000);

    bob.write('n');
    await bob.waitFor('Add a note');
    bob.write('sessions table is locked\r');
    const sent = Date.now();
    await alice.waitFor(/bob +note: sessions table is locked/, 1000);
    expect(Date.now() - sent).toBeLessThan(1000);

    const cli = await sandbox.cli(['note', 'restarting the auth pods'], 'dave');
    expect(cli.code).toBe(0);
    const written = Date.now();
    await Promise.all([alice.waitFor(/dave +note: restarting the auth pods/, 1000), bob.waitFor(/dave +note: restarting the auth pods/, 1000)]);
    expect(Date.now() - written).toBeLessThan(1000);
  });

  it('shows text with escape sequences from the log as printable words: nothing of them reaches the terminal', async () => {
    sandbox = await createConsoleSandbox();
    await sandbox.cli(['declare', '--title', 'Login fails', '--severity', 'SEV1'], 'carol');
    const injected = 'INJ \u001b]0;pwned\u0007 title \u001b]52;c;cHduZWQ=\u0007 \u001b[5;38;5;201mblink\u001b[0m \u001b[2J end';
    expect((await sandbox.cli(['note', injected], 'mallory\u001b[5;38;5;201m')).code).toBe(0);
    const term = sandbox.open({ actor: 'erin', cols: 100, rows: 30 });
    await term.waitFor(/mallory +note: INJ +title +blink +end +┃/, 10_000);
    const written = term.outputSince(0);
    expect(written).not.toContain('\u001b]');
    expect(written).not.toContain('\u0007');
    expect(written).not.toContain('38;5;201');
    term.write('qy');
    expect((await term.exited).exitCode).toBe(0);
  });

  it('in read-only mode says why a changing key does nothing, and writes nothing', async () => {
    sandbox = await createConsoleSandbox();
    await sandbox.cli(['declare', '--title', 'Login fails', '--severity', 'SEV1'], 'carol');
    const watcher = sandbox.open({ actor: 'erin', args: ['console', '--read-only'] });
    await watcher.waitFor('Login fails', 10_000);
    await watcher.waitFor('READ-ONLY you are erin');
    // Each key's own refusal (the message names the key and what it does), so an unbound key or a
    // message left over from the key before cannot pass for it.
    for (const [key, what] of [['n', 'note'], ['s', 'severity'], ['o', 'roles'], ['A', 'ack']]) {
      watcher.write(key!);
      await watcher.waitFor(`${key} ${what}: disabled, this console is read-only (--read-only)`);
    }
    watcher.write('\t');
    await watcher.waitFor(/┏━ 1 Checks/);
    watcher.write('qy');
    expect((await watcher.exited).exitCode).toBe(0);
    expect((await storedEvents(sandbox.storePath)).map((e) => e.actor)).toEqual(['carol', 'carol']);
  });
});
