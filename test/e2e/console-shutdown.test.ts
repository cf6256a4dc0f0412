/**
 * The console leaves through one door whatever ends it. Given a console running a check whose
 * child process would run for half a minute, when the SSH session drops (SIGHUP, or the terminal
 * disappearing) or the console is told to stop (SIGTERM), then within 2 seconds the console has
 * exited, no process of its own group or of the check's group is left, and where the terminal
 * is still there it is back on the main screen with a visible cursor.
 * A note being typed is kept as a draft on the way out and offered again.
 * Needs `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { constants } from 'node:os';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleSandbox, requireFreshBuild, type ConsoleSandbox } from '../helpers/console-pty.js';
import { isRunning, survivorsOfGroup } from '../helpers/processes.js';
import type { PtyTerminal } from '../helpers/pty-terminal.js';

const SIGHUP = constants.signals.SIGHUP;
const SLOW_CHECK = `checks:
  - name: slow-probe
    command: [sleep, "31.5"]
    timeout: 60s
`;

let sandbox: ConsoleSandbox | undefined;
beforeAll(() => requireFreshBuild());
afterEach(async () => {
  await sandbox?.cleanup();
  sandbox = undefined;
});

interface Proc {
  pid: number;
  ppid: number;
  pgid: number;
  args: string;
}

function processes(): Proc[] {
  return execFileSync('ps', ['-eo', 'pid=,ppid=,pgid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), pgid: Number(m[3]), args: m[4]! }));
}

async function until<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Opens a console on a declared incident and starts the slow check; returns the check's process. */
async function consoleRunningACheck(): Promise<{ term: PtyTerminal; child: Proc }> {
  sandbox = await createConsoleSandbox(SLOW_CHECK);
  await sandbox.cli(['declare', '--title', 'Checkout returns 502', '--severity', 'SEV1']);
  const term = sandbox.open({ actor: 'alice' });
  await term.waitFor('Checkout returns 502', 10_000);
  term.write('1');
  await term.waitFor(/┏━ 1 Checks/);
  term.write('r');
  await term.waitFor('Running check slow-probe');
  const child = await until(() => processes().find((p) => p.ppid === term.pid && p.args === 'sleep 31.5'), 3000, 'the check process');
  return { term, child };
}

function expectNothingLeft(term: PtyTerminal, child: Proc): void {
  expect(isRunning(term.pid)).toBe(false);
  expect(isRunning(child.pid)).toBe(false);
  expect(survivorsOfGroup(term.pid)).toEqual([]);
  expect(survivorsOfGroup(child.pgid)).toEqual([]);
}

describe('console shutdown', () => {
  it('on SIGHUP while a check runs: exits within 2 s, kills the check, restores the terminal', async () => {
    const { term, child } = await consoleRunningACheck();
    expect(child.pgid).toBe(child.pid);
    const sent = Date.now();
    term.kill('SIGHUP');
    const exit = await term.exited;
    expect(Date.now() - sent).toBeLessThan(2000);
    // A hangup ends the process the way it ends any Unix program: by SIGHUP itself.
    expect(exit.signal).toBe(SIGHUP);
    await term.settled();
    expect(term.onAlternateScreen()).toBe(false);
    expect(term.cursorVisible()).toBe(true);
    expectNothingLeft(term, child);
  });

  it('when the terminal itself goes away (SSH dropped): nothing is left within 2 s', async () => {
    const { term, child } = await consoleRunningACheck();
    const sent = Date.now();
    term.hangUp();
    await until(() => (isRunning(term.pid) || isRunning(child.pid) ? undefined : true), 2000, 'the console and its check to be gone');
    expect(Date.now() - sent).toBeLessThan(2000);
    expectNothingLeft(term, child);
    // Not an abort in Node's exit-time reset of the vanished terminal (SIGABRT/SIGSEGV, a core dump).
    expect((await term.exited).signal).toBe(SIGHUP);
  });

  it('on SIGTERM: the same path, exit code 143', async () => {
    const { term, child } = await consoleRunningACheck();
    const sent = Date.now();
    term.kill('SIGTERM');
    const exit = await term.exited;
    expect(Date.now() - sent).toBeLessThan(2000);
    expect(exit.exitCode).toBe(143);
    await term.settled();
    expect(term.onAlternateScreen()).toBe(false);
    expectNothingLeft(term, child);
  });

  it('keeps a note being typed when the SSH session drops, and offers it again on the next open', async () => {
    sandbox = await createConsoleSandbox();
    await sandbox.cli(['declare', '--title', 'Checkout returns 502', '--severity', 'SEV1']);
    const first = sandbox.open({ actor: 'alice' });
    await first.waitFor('Checkout returns 502', 10_000);
    first.write('n');
    await first.waitFor('Add a note');
    first.write('half way through the failover');
    await first.waitFor('half way through the failover');
    first.hangUp();
    await until(() => (isRunning(first.pid) ? undefined : true), 2000, 'the console to be gone');

    const second = sandbox.open({ actor: 'alice' });
    await second.waitFor('Checkout returns 502', 10_000);
    second.write('n');
    await second.waitFor('Note: half way through the failover');
    await second.waitFor('Restored the note you had not saved');
    second.write(', done\r');
    await second.waitFor(/alice +note: half way through the failover, done/);
    second.write('qy');
    expect((await second.exited).exitCode).toBe(0);
  });
});
