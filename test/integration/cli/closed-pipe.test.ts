/**
 * Output into a pipe whose reader has gone (`warroom status | head -1`): the command still does
 * all it was asked, exits 0 without a stack trace, and an action runs to its end and is recorded.
 */
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { WARROOM_BIN, createCliSandbox, type CliSandbox } from '../../helpers/cli.js';

let sandbox: CliSandbox | undefined;
afterEach(async () => {
  await sandbox?.cleanup();
  sandbox = undefined;
});

/** Runs the CLI and closes its stdout as soon as the first bytes arrive, as `| head -c 1` would. */
function runIntoClosedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [WARROOM_BIN, '--store', sandbox!.storePath, ...(sandbox!.configPath ? ['--config', sandbox!.configPath] : []), ...args], {
      cwd: sandbox!.dir,
      env: { ...process.env, WARROOM_ACTOR: 'pat' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a CLI whose output pipe closes early', () => {
  it('ends quietly with exit 0 for a report', async () => {
    sandbox = await createCliSandbox();
    await sandbox.run(['declare', '--title', 'Checkout fails', '--severity', 'SEV2']);
    for (const command of [['status'], ['runbooks'], ['checklist'], ['stats']]) {
      const result = await runIntoClosedPipe(command);
      expect({ command, ...result }).toEqual({ command, code: 0, stderr: '' });
    }
  });

  it('lets a running action finish and records it', async () => {
    sandbox = await createCliSandbox(`actions:
  - name: chatty-restart
    kind: restart
    command: [sh, -c, 'for i in $(seq 1 3000); do echo "restarting worker $i"; done; sleep 0.3; echo done']
    confirm: none
`);
    await sandbox.run(['declare', '--title', 'Workers stuck', '--severity', 'SEV2']);
    const result = await runIntoClosedPipe(['action', 'chatty-restart', '--yes']);
    expect(result.stderr).toBe('');
    const status = JSON.parse((await sandbox.run(['status', '--json'])).stdout) as { events: { type: string; data: { exitCode?: number; outputTail?: string } }[] };
    const finished = status.events.find((e) => e.type === 'action.finished');
    expect(finished?.data.exitCode).toBe(0);
    expect(finished?.data.outputTail).toMatch(/done\n?$/);
  });
});
