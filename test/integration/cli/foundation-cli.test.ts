import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createCliSandbox, runWarroom, type CliSandbox } from '../../helpers/cli.js';

let box: CliSandbox;
beforeEach(async () => {
  box = await createCliSandbox();
});
afterEach(async () => {
  await box.cleanup();
});

describe('warroom CLI (built bundle)', () => {
  it('declares, records a timeline, and prints status JSON with derived durations', async () => {
    const declared = await box.run(['declare', '--title', 'Checkout 502', '--severity', 'SEV1', '--impact', 'checkout fails', '--detected-at', new Date(Date.now() - 120_000).toISOString()]);
    expect(declared).toMatchObject({ code: 0, stdout: 'INC-1\n' });
    for (const args of [['note', 'looking at the deploy'], ['ack'], ['severity', 'SEV2'], ['role', 'commander'], ['role', 'lead', 'Bob'], ['set-status', 'identified']]) {
      const result = await box.run(args, { env: { WARROOM_ACTOR: 'alice' } });
      expect(result.code, result.stderr).toBe(0);
    }
    const status = await box.run(['status', '--json']);
    const json = JSON.parse(status.stdout);
    expect(json).toMatchObject({ id: 'INC-1', title: 'Checkout 502', severity: 'SEV2', status: 'identified', roles: { commander: 'alice', lead: 'Bob' } });
    expect(json.declaredAt).toMatch(/Z$/);
    expect(json.durations.timeToAcknowledgeMs).toBeGreaterThanOrEqual(120_000);
    expect(json.events.map((e: { type: string }) => e.type)).toEqual([
      'incident.declared', 'freeze.changed', 'note.added', 'incident.acknowledged', 'severity.changed', 'role.assigned', 'role.assigned', 'status.changed',
    ]);
    expect(Object.keys(json.events[0]).sort()).toEqual(['actor', 'at', 'data', 'id', 'type']);
    expect(json.events[2].actor).toBe('alice');
  });

  it('prints text from the log without the escape sequences someone wrote into it', async () => {
    await box.run(['declare', '--title', 'Checkout \u001b]0;pwned\u0007down \u001b[2Jnow', '--severity', 'SEV2'], { env: { WARROOM_ACTOR: 'eve\u001b]52;c;cHduZWQ=\u0007' } });
    const noted = await box.run(['note', 'hi'], { env: { WARROOM_ACTOR: 'eve\u001b]52;c;cHduZWQ=\u0007' } });
    const list = await box.run(['list']);
    expect(list.stdout).toContain('Checkout down now');
    expect(noted.stdout).toBe('INC-1: note added by eve\n');
    // eslint-disable-next-line no-control-regex -- control characters are what this test is about
    for (const output of [list.stdout, noted.stdout]) expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it('lists open incidents first and resolves the current one', async () => {
    await box.run(['declare', '--title', 'A', '--severity', 'SEV3']);
    await box.run(['declare', '--title', 'B', '--severity', 'SEV2']);
    expect((await box.run(['resolve', '--note', 'reverted', '--reason', 'verified by hand'])).stdout).toMatch(/^INC-2: resolved at .* \(reason recorded\)$/m);
    const list = JSON.parse((await box.run(['list', '--json'])).stdout);
    expect(list.map((i: { id: string; status: string }) => `${i.id}:${i.status}`)).toEqual(['INC-1:investigating', 'INC-2:resolved']);
    expect((await box.run(['note', '--incident', 'INC-2', 'late'])).stderr).toMatch(/INC-2 is resolved/);
  });

  it('uses exit 2 for usage errors and 1 for runtime failures, with one line on stderr', async () => {
    const noIncident = await box.run(['note', 'hello']);
    expect(noIncident.code).toBe(1);
    expect(noIncident.stderr).toBe('warroom: no open incident: declare one with `warroom declare --title TEXT --severity SEVn`\n');
    const badSeverity = await box.run(['declare', '--title', 'x', '--severity', 'SEV5']);
    expect(badSeverity.code).toBe(2);
    expect(badSeverity.stderr).toMatch(/unknown severity "SEV5"/);
    expect((await box.run(['declare', '--title', 'x'])).code).toBe(2);
    expect((await box.run(['frobnicate'])).code).toBe(2);
    expect((await box.run(['--help'])).code).toBe(0);
    expect((await box.run(['note', '--help'])).stdout).toMatch(/Usage: warroom note/);
  });

  it('a corrupt store exits 2 naming the file and is left byte-for-byte untouched', async () => {
    await writeFile(box.storePath, '{"schemaVersion":1,"events":[');
    const result = await box.run(['declare', '--title', 'x', '--severity', 'SEV2']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`store ${box.storePath} is not valid`);
    expect(await readFile(box.storePath, 'utf8')).toBe('{"schemaVersion":1,"events":[');
  });

  it('a bad config exits 2 naming file, line and field', async () => {
    const config = join(box.dir, 'bad.yaml');
    await writeFile(config, 'service: shop\nchecks:\n  - name: db\n    command: [pg_isready]\n    tiemout: 5s\n');
    const result = await runWarroom(['--config', config, '--store', box.storePath, 'list']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`warroom: ${config}:5: checks.0.tiemout: unknown field "tiemout" (did you mean "timeout"?)\n`);
  });

  it('the store defaults to .warroom/store.json beside the config file; WARROOM_STORE overrides', async () => {
    const project = join(box.dir, 'project');
    await mkdir(project);
    await writeFile(join(project, 'warroom.yaml'), 'service: shop\n');
    await runWarroom(['declare', '--title', 'x', '--severity', 'SEV3'], { cwd: project });
    expect(JSON.parse(await readFile(join(project, '.warroom', 'store.json'), 'utf8')).events).toHaveLength(1);
    const other = join(box.dir, 'other.json');
    await runWarroom(['declare', '--title', 'y', '--severity', 'SEV3'], { cwd: project, env: { WARROOM_STORE: other } });
    expect(JSON.parse(await readFile(other, 'utf8')).events).toHaveLength(1);
  });

  it('records the actor from --actor, WARROOM_ACTOR, else the OS user with the SSH client address', async () => {
    await box.run(['--actor', 'dana', 'declare', '--title', 'x', '--severity', 'SEV3']);
    await box.run(['note', 'from env'], { env: { WARROOM_ACTOR: 'erin' } });
    await box.run(['note', 'from ssh'], { env: { WARROOM_ACTOR: '', SSH_CLIENT: '203.0.113.9 52144 22' } });
    const events = JSON.parse((await box.run(['status', '--json'])).stdout).events;
    expect(events[0].actor).toBe('dana');
    expect(events.at(-2).actor).toBe('erin');
    expect(events.at(-1).actor).toMatch(/^[^@\s]+@203\.0\.113\.9$/);
  });

  it('without a terminal, `warroom` alone exits 2 and points at the subcommands', async () => {
    const result = await box.run([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/needs an interactive terminal.*warroom --help/);
  });

  it('a store location that cannot be written is a clear error and the existing store is untouched', async () => {
    await box.run(['declare', '--title', 'kept', '--severity', 'SEV3']);
    const before = await readFile(box.storePath, 'utf8');
    // A regular file where the store directory should be: unwritable for every user, root included.
    const blocked = join(box.storePath, 'nested', 'store.json');
    const result = await runWarroom(['--store', blocked, 'declare', '--title', 'x', '--severity', 'SEV3']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^warroom: cannot create store directory .*store\.json\/nested/);
    expect(await readFile(box.storePath, 'utf8')).toBe(before);
  });
});
