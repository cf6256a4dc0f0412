/**
 * `warroom action` on a real terminal: it asks before running (y, or the typed name), a wrong
 * answer runs nothing, and Ctrl-C during the run stops the action's whole process group.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WARROOM_BIN } from '../helpers/cli.js';
import { scriptDir, survivorsOfGroup } from '../helpers/processes.js';
import { spawnPty, type PtyTerminal } from '../helpers/pty-terminal.js';

let dir: ReturnType<typeof scriptDir> | undefined;
let term: PtyTerminal | undefined;
afterEach(() => {
  term?.dispose();
  term = undefined;
  dir?.remove();
  dir = undefined;
});

function setup(): { dir: ReturnType<typeof scriptDir>; start: (args: string[]) => PtyTerminal; events: () => { type: string; data: Record<string, unknown> }[] } {
  const d = scriptDir('warroom-action-tty-');
  dir = d;
  const pidFile = join(d.dir, 'pid');
  const ran = join(d.dir, 'ran');
  d.write('quick.sh', `#!/bin/sh\necho applied > ${ran}\necho switched\n`);
  d.write('slow.sh', `#!/bin/sh\nsleep 300 &\necho $$ > ${pidFile}\necho draining\nsleep 300\n`);
  d.write('up.sh', '#!/bin/sh\necho "OK - answering"\n');
  d.write('warroom.yaml', [
    'service: shop',
    'checks:',
    '  - { name: up, command: [./up.sh] }',
    'actions:',
    '  - { name: restart, kind: restart, command: [./quick.sh], verify: [up], confirm: confirm }',
    '  - { name: flag-off, kind: feature-flag, command: [./quick.sh], confirm: confirm }',
    '  - { name: rollback, kind: rollback, command: [./quick.sh], confirm: type-name }',
    '  - { name: drain, kind: custom, command: [./slow.sh], confirm: confirm }',
    '',
  ].join('\n'), 0o644);
  const base = [WARROOM_BIN, '--config', join(d.dir, 'warroom.yaml'), '--store', join(d.dir, 'store.json')];
  const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: d.dir, TERM: 'xterm-256color', WARROOM_ACTOR: 'ana' };
  execFileSync(process.execPath, [...base, 'declare', '--title', 'Checkout fails', '--severity', 'SEV2'], { env });
  return {
    dir: d,
    start: (args) => (term = spawnPty(process.execPath, [...base, ...args], { cols: 120, rows: 40, cwd: d.dir, env })),
    events: () => (JSON.parse(execFileSync(process.execPath, [...base, 'status', '--json'], { env, encoding: 'utf8' })) as { events: { type: string; data: Record<string, unknown> }[] }).events,
  };
}

describe('warroom action on a terminal', () => {
  it('asks y/N and runs on y', async () => {
    const s = setup();
    const t = s.start(['action', 'flag-off']);
    await t.waitFor('Run flag-off? [y/N]');
    t.write('y\r');
    await t.waitFor('--- flag-off finished');
    expect((await t.exited).exitCode).toBe(0);
    expect(existsSync(join(s.dir.dir, 'ran'))).toBe(true);
    expect(t.screen()).toContain('switched');
  });

  it('after a verified run it offers to mark the incident mitigated; when someone already did, it says so instead of asking', async () => {
    const s = setup();
    let t = s.start(['action', 'restart']);
    await t.waitFor('Run restart? [y/N]');
    t.write('y\r');
    await t.waitFor('Mark the incident mitigated now? [y/N]', 15_000);
    t.write('y\r');
    await t.waitFor('INC-1: marked mitigated');
    expect((await t.exited).exitCode).toBe(0);
    const marked = s.events().filter((e) => e.type === 'incident.mitigated');
    expect(marked).toHaveLength(1);

    t = s.start(['action', 'restart']);
    await t.waitFor('Run restart? [y/N]');
    t.write('y\r');
    await t.waitFor(/verify checks pass; the incident was already marked mitigated at \d\d:\d\d UTC/, 15_000);
    expect((await t.exited).exitCode).toBe(0);
    expect(t.screen()).not.toContain('Mark the incident mitigated now?');
    expect(s.events().filter((e) => e.type === 'incident.mitigated')).toHaveLength(1);
  });

  it('runs nothing when the typed name does not match', async () => {
    const s = setup();
    const t = s.start(['action', 'rollback']);
    await t.waitFor('Type "rollback"');
    t.write('rollbak\r');
    await t.waitFor('does not match');
    expect((await t.exited).exitCode).toBe(1);
    expect(t.screen()).toContain('nothing was run');
    expect(existsSync(join(s.dir.dir, 'ran'))).toBe(false);
    expect(s.events().some((e) => e.type === 'action.started')).toBe(false);
  });

  it('Ctrl-C during the run stops the process group and records the cancel', async () => {
    const s = setup();
    const t = s.start(['action', 'drain']);
    await t.waitFor('Run drain? [y/N]');
    t.write('y\r');
    await t.waitFor('draining');
    const pgid = Number(readFileSync(join(s.dir.dir, 'pid'), 'utf8').trim());
    expect(survivorsOfGroup(pgid).length).toBeGreaterThan(0);
    t.write('\x03');
    expect((await t.exited).exitCode).toBe(130);
    expect(t.screen()).toContain('cancelled');
    expect(survivorsOfGroup(pgid)).toEqual([]);
    const finished = s.events().find((e) => e.type === 'action.finished');
    expect(finished?.data).toMatchObject({ name: 'drain', cancelled: true });
  });
});
