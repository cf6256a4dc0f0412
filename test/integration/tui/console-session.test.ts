/**
 * The whole session (Ink, store, feed, shutdown) on stand-in terminal streams: quitting, a
 * failing terminal output (EIO) and a vanished input all leave through the same path, with the
 * terminal modes put back and nothing left listening.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliContext } from '../../../src/cli/context.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { IncidentService } from '../../../src/incidents/incident-service.js';
import { EventStore } from '../../../src/store/event-store.js';
import { runConsoleSession, type SessionStreams } from '../../../src/tui/console-session.js';
import { ENTER_FULL_SCREEN, LEAVE_FULL_SCREEN } from '../../../src/tui/terminal/terminal-mode.js';
import { KeyboardInput, RecordingTerminal } from '../../helpers/terminal-streams.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function startSession() {
  dir = await mkdtemp(join(tmpdir(), 'warroom-session-'));
  const loaded = await loadConfig({ cwd: dir, env: {} });
  const store = new EventStore({ path: join(dir, 'store.json'), actor: 'alice' });
  const incidents = new IncidentService(store, loaded);
  const ctx: CliContext = { loaded, store, incidents, actor: 'alice', incidentId: undefined, now: () => new Date(), out: () => undefined, err: () => undefined, isTTY: true };
  const stdout = new RecordingTerminal();
  const stdin = new KeyboardInput();
  // Ink's cursor helper keeps a process-wide exit hook on the signals; these two are only ours.
  const listeners = { crash: process.listenerCount('uncaughtException'), rejection: process.listenerCount('unhandledRejection') };
  const io = { stdin, stdout, stderr: new RecordingTerminal() } as unknown as SessionStreams;
  const session = runConsoleSession(ctx, { readOnly: false }, io);
  const waitForScreen = async (text: string) => {
    const deadline = Date.now() + 5000;
    while (!stdout.written.includes(text)) {
      if (Date.now() > deadline) throw new Error(`"${text}" never written`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  await waitForScreen('No incidents in this store');
  return { stdout, stdin, session, listeners };
}

describe('console session', () => {
  it('quits through the keymap: full-screen mode entered, then left, raw mode off, listeners released', async () => {
    const { stdout, stdin, session, listeners } = await startSession();
    expect(stdout.written.startsWith(ENTER_FULL_SCREEN)).toBe(true);
    expect(stdin.raw).toBe(true);
    stdin.type('q');
    stdin.type('y');
    const result = await session;
    expect(result).toMatchObject({ reason: 'quit', exitCode: 0, problems: [], error: undefined, terminalLost: false });
    expect(stdout.written.endsWith(LEAVE_FULL_SCREEN)).toBe(true);
    expect(stdin.raw).toBe(false);
    expect(process.listenerCount('uncaughtException')).toBe(listeners.crash);
    expect(process.listenerCount('unhandledRejection')).toBe(listeners.rejection);
    expect(stdout.listenerCount('error') + stdin.listenerCount('end') + stdin.listenerCount('error')).toBe(0);
  });

  it('takes the shutdown path when writing to the terminal fails (EIO)', async () => {
    const { stdout, stdin, session } = await startSession();
    stdout.destroyed = true;
    stdout.writable = false;
    stdout.emit('error', Object.assign(new Error('write EIO'), { code: 'EIO' }));
    const result = await session;
    expect(result).toMatchObject({ reason: 'the terminal output failed', exitCode: 1, terminalLost: true });
    expect(stdin.raw).toBe(false);
  });

  it('takes the shutdown path when the terminal input ends (the TTY is gone)', async () => {
    const { stdin, session } = await startSession();
    stdin.emit('end');
    expect(await session).toMatchObject({ reason: 'the terminal went away', exitCode: 129, terminalLost: true });
  });
});
