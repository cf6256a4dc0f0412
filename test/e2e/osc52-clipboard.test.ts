/**
 * The clipboard target in a real pseudo-terminal: the built CLI posts an update to a clipboard
 * target, and a terminal emulator reading the pty output receives an OSC 52 "set clipboard"
 * with the update's text, directly and through tmux's passthrough.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import xterm from '@xterm/headless';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WARROOM_BIN } from '../helpers/cli.js';
import { spawnPty, type PtyTerminal } from '../helpers/pty-terminal.js';

const TEXT = 'Checkout fails for all card payments (ü). Rolling back. Next internal update in 30 minutes.';
const BASE64 = Buffer.from(TEXT, 'utf8').toString('base64');

let dir: string;
let term: PtyTerminal | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warroom-osc52-'));
  await writeFile(join(dir, 'warroom.yaml'), 'comms:\n  targets:\n    - { name: clip, type: clipboard }\n');
  execFileSync(process.execPath, [WARROOM_BIN, '--config', join(dir, 'warroom.yaml'), '--store', join(dir, 's.json'), 'declare', '--title', 'Checkout 502', '--severity', 'SEV2']);
});
afterEach(async () => {
  term?.dispose();
  term = undefined;
  await rm(dir, { recursive: true, force: true });
});

const updateArgs = () => [WARROOM_BIN, '--config', join(dir, 'warroom.yaml'), '--store', join(dir, 's.json'), 'update', '--audience', 'internal', '--text', TEXT, '--post', 'clip'];

/** What a terminal emulator makes of the bytes: the OSC 52 payloads it was asked to set. */
async function clipboardWrites(output: string): Promise<string[]> {
  const emulator = new xterm.Terminal({ cols: 120, rows: 30, allowProposedApi: true });
  const writes: string[] = [];
  emulator.parser.registerOscHandler(52, (data) => {
    writes.push(data);
    return true;
  });
  await new Promise<void>((resolve) => emulator.write(output, resolve));
  emulator.dispose();
  return writes;
}

const env = (extra: Record<string, string> = {}) => ({ PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: dir, TERM: 'xterm-256color', WARROOM_ACTOR: 'tester', ...extra });

describe('OSC 52 clipboard target in a pseudo-terminal', () => {
  it('writes ESC ] 52 ; c ; BASE64 BEL to the terminal, and an emulator reads it as a clipboard write of the text', async () => {
    term = spawnPty(process.execPath, updateArgs(), { cols: 120, rows: 30, cwd: dir, env: env() });
    const exit = await term.exited;
    const raw = term.chunks.map((c) => c.data).join('');
    expect(exit.exitCode, raw).toBe(0);
    expect(raw).toContain(`\u001b]52;c;${BASE64}\u0007`);
    expect(raw).toContain('ok    clip: sent to the clipboard of /dev/tty');
    const writes = await clipboardWrites(raw);
    expect(writes).toEqual([`c;${BASE64}`]);
    expect(Buffer.from(writes[0]!.slice(2), 'base64').toString('utf8')).toBe(TEXT);
  });

  it('inside tmux (allow-passthrough on) the wrapped sequence reaches the outer terminal as a plain OSC 52', async () => {
    const socket = `warroom-osc52-${process.pid}`;
    const conf = join(dir, 'tmux.conf');
    await writeFile(conf, 'set -g allow-passthrough on\nset -g status off\n');
    const script = join(dir, 'post.sh');
    const quoted = updateArgs().map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
    await writeFile(script, `#!/bin/sh\n'${process.execPath}' ${quoted} > '${join(dir, 'out.txt')}' 2>&1\necho "exit=$?" >> '${join(dir, 'out.txt')}'\nsleep 0.5\n`, { mode: 0o755 });
    try {
      term = spawnPty('tmux', ['-L', socket, '-f', conf, 'new-session', '-x', '120', '-y', '30', script], { cols: 120, rows: 30, cwd: dir, env: env() });
      await term.exited;
      const raw = term.chunks.map((c) => c.data).join('');
      const writes = await clipboardWrites(raw);
      expect(writes, raw).toEqual([`c;${BASE64}`]);
    } finally {
      try {
        execFileSync('tmux', ['-L', socket, 'kill-server'], { stdio: 'ignore' });
      } catch {
        // The server already exited with its last session.
      }
    }
  });
});
