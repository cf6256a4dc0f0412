/**
 * The composer in the built console, in a real pseudo-terminal: c, write, post to a file target
 * and to a clipboard target. The file gets the text, the OSC 52 sequence with the text's base64
 * arrives on the pty (the screen stays intact), the store has update.posted; an update being
 * written when the console is killed is offered again by the next console's c.
 * Needs `npm run build` first.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EventStore } from '../../src/store/event-store.js';
import { createConsoleSandbox, requireFreshBuild, type ConsoleSandbox } from '../helpers/console-pty.js';
import type { PtyTerminal } from '../helpers/pty-terminal.js';

const CONFIG = `service: shop
comms:
  targets:
    - { name: log, type: file, path: status-log.md }
    - { name: clip, type: clipboard, passthrough: none }
  defaultTargets:
    customer: [log, clip]
    internal: [log]
`;
const TEXT = 'Card payments fail for all customers (ü). Next update in 30 minutes.';

let sandbox: ConsoleSandbox | undefined;
beforeAll(() => requireFreshBuild());
afterEach(async () => {
  await sandbox?.cleanup();
  sandbox = undefined;
});

/** c, Enter, and the filled template replaced by `text` (Up to the top, Ctrl-A, Ctrl-K until empty). */
async function compose(term: PtyTerminal, text: string): Promise<void> {
  term.write('c');
  await term.waitFor('Status update for INC-1');
  term.write('\r');
  await term.waitFor(/from (template|kept draft)/);
  term.write('\x1b[A'.repeat(30) + '\x01' + '\x0b'.repeat(60));
  await term.waitForGone('Since about');
  term.write(text);
  await term.waitFor(text.slice(0, 30));
}

describe('composer in a pseudo-terminal', () => {
  it('posts to a file and to the clipboard over OSC 52, and records update.posted', async () => {
    sandbox = await createConsoleSandbox(CONFIG);
    await sandbox.cli(['declare', '--title', 'Checkout returns 502', '--severity', 'SEV1'], 'carol');
    const term = sandbox.open({ actor: 'alice', cols: 100, rows: 30 });
    await term.waitFor('Checkout returns 502', 10_000);
    await compose(term, TEXT);
    term.write('\x13'); // Ctrl-S
    await term.waitFor('Preview: initial/customer update for INC-1');
    await term.waitFor('Lint: reads well');
    const mark = term.mark();
    term.write('p');
    await term.waitFor('Posted the initial/customer update to 2 targets.');
    await term.waitFor(/ok +clip +sent to the clipboard of this terminal/);

    const base64 = Buffer.from(TEXT, 'utf8').toString('base64');
    expect(term.outputSince(mark)).toContain(`\u001b]52;c;${base64}\u0007`);
    // The sequence drew nothing: the dialog's rows are where they were.
    expect(term.lines()[4]).toMatch(/^╭─+╮$/);
    expect(await readFile(join(sandbox.dir, 'status-log.md'), 'utf8')).toContain(TEXT);
    const { events, drafts } = await new EventStore({ path: sandbox.storePath, actor: 'reader' }).read();
    const posted = events.filter((e) => e.type === 'update.posted');
    expect(posted.map((e) => [e.actor, e.data])).toEqual([
      ['alice', expect.objectContaining({ kind: 'initial', audience: 'customer', text: TEXT, targets: [expect.objectContaining({ target: 'log', ok: true }), expect.objectContaining({ target: 'clip', ok: true })] })],
    ]);
    expect(drafts).toEqual({});

    term.write('\r');
    // The first public update is delivered: the header now counts down to the next one owed.
    await term.waitFor(/Internal update in 14m/);
    expect(term.screen()).not.toContain('First public update');
    term.write('q');
    await term.waitFor('Quit the console?');
    term.write('y');
    expect((await term.exited).exitCode).toBe(0);
  });

  it('shows an overdue update in alarm colours and rings the bell once, through the console output', async () => {
    sandbox = await createConsoleSandbox(CONFIG);
    const detected = new Date(Date.now() - 20 * 60_000).toISOString();
    await sandbox.cli(['declare', '--title', 'Checkout returns 502', '--severity', 'SEV1', '--detected-at', detected], 'carol');
    const term = sandbox.open({ actor: 'alice', cols: 100, rows: 30 });
    const screen = await term.waitFor(/First public update OVERDUE 5m \d\ds/, 10_000);
    expect(screen).toContain('Overdue: first public update');
    // Let a few clock ticks go by: each redraws the clock line, none rings again.
    await term.waitFor(/First public update OVERDUE 5m (0[3-9]|[1-5]\d)s/, 6_000);
    const output = term.chunks.map((c) => c.data).join('');
    expect(output.split('\u0007').length - 1).toBe(1);
    // Red (palette 1) behind the overdue countdown; the elapsed time beside it has no background.
    expect(term.backgroundAt(2, 'First public update OVERDUE')).toBe(1);
    expect(term.backgroundAt(2, 'Elapsed')).toBeUndefined();
    term.write('q');
    await term.waitFor('Quit the console?');
    term.write('y');
    expect((await term.exited).exitCode).toBe(0);
  });

  it('keeps the update being written when the console is killed, and the next c offers it', async () => {
    sandbox = await createConsoleSandbox(CONFIG);
    await sandbox.cli(['declare', '--title', 'Checkout returns 502', '--severity', 'SEV1'], 'carol');
    const first = sandbox.open({ actor: 'alice', cols: 100, rows: 30 });
    await first.waitFor('Checkout returns 502', 10_000);
    await compose(first, 'Half written when the SSH link dropped');
    first.kill('SIGTERM');
    await first.exited;
    await first.settled();
    expect(first.onAlternateScreen()).toBe(false);

    const second = sandbox.open({ actor: 'alice', cols: 100, rows: 30 });
    await second.waitFor('Checkout returns 502', 10_000);
    second.write('c');
    await second.waitFor(/A kept draft for initial\/customer \(saved \d\d:\d\d:\d\dZ\) opens instead of the template/);
    second.write('\r');
    await second.waitFor(/from kept draft/);
    await second.waitFor('Half written when the SSH link dropped');
  });
});
