/** `warroom changes` and `warroom suspect` through the built CLI, on real repositories and files. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCliSandbox, type CliSandbox } from '../../helpers/cli.js';
import { createTestRepo } from '../../helpers/git-repo.js';

// Whole minutes, so "N min before detection" is exact.
const DETECTED = Math.floor((Date.now() - 30 * 60_000) / 60_000) * 60_000;
const at = (minutesBefore: number) => new Date(DETECTED - minutesBefore * 60_000).toISOString();

let box: CliSandbox;

beforeAll(async () => {
  box = await createCliSandbox(
    [
      'changes:',
      '  git: [{ path: repos/api }, { path: repos/missing }]',
      '  deploys: [{ file: deploys.jsonl, label: prod }]',
    ].join('\n'),
  );
  const api = await createTestRepo('api', join(box.dir, 'repos'));
  await api.commit('Raise pool size', at(80));
  await api.commit('Fix header', at(-5), { 'src/header.ts': 'x', 'src/footer.ts': 'y' });
  await writeFile(
    join(box.dir, 'deploys.jsonl'),
    [
      JSON.stringify({ at: at(400), service: 'api', version: 'v1', actor: 'ci' }),
      JSON.stringify({ at: at(45), service: 'api', version: 'v2', actor: 'ci', migration: true }),
      JSON.stringify({ at: at(10), service: 'api', actor: 'ci' }),
    ].join('\n'),
  );
});

afterAll(() => box.cleanup());

describe('warroom changes', () => {
  it('--json without an incident: detection is now; the last deploy is the suspect; bad lines go to stderr', async () => {
    const result = await box.run(['changes', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const list = JSON.parse(result.stdout) as { at: string; kind: string; source: string; title: string; actor: string; ref: string; suspect: boolean; minutesBeforeDetection: number }[];
    expect(list.map((c) => c.title)).toEqual(['Raise pool size', 'api v2', 'Fix header']);
    const deploy = list[1]!;
    expect(deploy).toMatchObject({ kind: 'deploy', source: 'prod', actor: 'ci', ref: 'v2', suspect: true, at: at(45) });
    // Now is about 30 minutes after DETECTED.
    expect(deploy.minutesBeforeDetection).toBeGreaterThanOrEqual(75);
    expect(list.filter((c) => c.suspect)).toHaveLength(1);
    expect(result.stderr).toContain(`warroom: changes: prod: 1 bad line skipped:\nwarroom: changes: ${join(box.dir, 'deploys.jsonl')}:3: a deploy needs "version" or "ref"`);
    expect(result.stderr).toContain(`missing: ${join(box.dir, 'repos', 'missing')} does not exist`);
  });

  it('measures from the incident detection time and draws the marker, flags and cautions', async () => {
    expect((await box.run(['declare', '--title', 'Checkout 502', '--severity', 'SEV2', '--detected-at', at(0)])).code).toBe(0);
    const json = JSON.parse((await box.run(['changes', '--json'])).stdout) as { title: string; minutesBeforeDetection: number; suspect: boolean }[];
    expect(json.map((c) => [c.title, c.minutesBeforeDetection, c.suspect])).toEqual([
      ['Raise pool size', 80, false],
      ['api v2', 45, true],
      ['Fix header', -5, false],
    ]);
    const text = (await box.run(['changes'])).stdout;
    const lines = text.split('\n');
    const marker = lines.findIndex((l) => l.startsWith('── detected'));
    expect(marker).toBeGreaterThan(lines.findIndex((l) => l.includes('api v2')));
    expect(marker).toBeLessThan(lines.findIndex((l) => l.includes('Fix header')));
    expect(lines.find((l) => l.includes('api v2'))).toMatch(/^> .*T-45m.*SUSPECT/);
    expect(lines.find((l) => l.includes('Raise pool size'))).toMatch(/^ {2}/);
    expect(text).toContain('caution: ran a database migration: do not roll back the app alone');
    expect(text).toContain('Likely trigger: deploy api v2, 45 min before detection (rollback target v1)');
    expect(text).toContain('record it on the timeline: warroom suspect deploy:prod:api@v2');
    // A narrower window leaves the older commit out.
    const narrow = JSON.parse((await box.run(['changes', '--json', '--since', '1h'])).stdout) as { title: string }[];
    expect(narrow.map((c) => c.title)).toEqual(['api v2', 'Fix header']);
  });

  it('warroom suspect records the change on the timeline; --clear withdraws it', async () => {
    const marked = await box.run(['suspect', 'deploy:prod:api@v2']);
    expect(marked.code, marked.stderr).toBe(0);
    expect(marked.stdout).toMatch(/^INC-1: suspected trigger deploy api v2 .*rollback target v1/);
    expect(marked.stdout).toContain('caution:');
    const status = JSON.parse((await box.run(['status', '--json'])).stdout) as { events: { type: string; data: Record<string, unknown> }[] };
    const event = status.events.find((e) => e.type === 'change.suspected')!;
    expect(event.data).toMatchObject({ kind: 'deploy', source: 'prod', ref: 'v2', previousRef: 'v1', service: 'api', migration: true, changedAt: at(45) });
    expect((await box.run(['suspect', 'deploy:prod:api@v2'])).stderr).toMatch(/already marked/);
    expect((await box.run(['changes'])).stdout).toMatch(/api v2 .*SUSPECT MARKED/);
    const cleared = await box.run(['suspect', '--clear', 'deploy:prod']);
    expect(cleared.stdout).toMatch(/is no longer a suspected trigger/);
    expect((await box.run(['suspect', 'git:api:ffff'])).stderr).toMatch(/no change "git:api:ffff" in 2h before detection/);
  });

  it('names every bad line of a source with file:line, the first 20 and a count of the rest', async () => {
    const lines = [JSON.stringify({ at: at(20), service: 'api', version: 'v9', actor: 'ci' }), ...Array.from({ length: 23 }, (_, i) => `{not json ${i}`)];
    const many = await createCliSandbox('changes:\n  deploys: [{ file: many.jsonl, label: prod }]\n');
    await writeFile(join(many.dir, 'many.jsonl'), lines.join('\n'));
    const result = await many.run(['changes']);
    await many.cleanup();
    expect(result.code, result.stderr).toBe(0);
    const out = result.stdout.split('\n');
    const heading = out.indexOf('  prod: 23 bad lines skipped:');
    expect(heading, result.stdout).toBeGreaterThan(0);
    const file = join(many.dir, 'many.jsonl');
    expect(out.slice(heading + 1, heading + 21)).toEqual(Array.from({ length: 20 }, (_, i) => expect.stringMatching(new RegExp(`^ {4}${file.replace(/[.]/g, '\\.')}:${i + 2}: `))));
    expect(out[heading + 21]).toBe('    … and 3 more bad lines');
    expect(result.stdout).toContain('api v9');
  });

  it('prints ids under a narrow --since that warroom suspect still takes in the default window', async () => {
    const twice = await createCliSandbox('changes:\n  deploys: [{ file: d.jsonl, label: prod }]\n');
    await writeFile(
      join(twice.dir, 'd.jsonl'),
      [
        JSON.stringify({ at: at(90), service: 'api', version: 'v1', actor: 'ci' }),
        JSON.stringify({ at: at(50), service: 'api', version: 'v2', actor: 'ci' }),
        JSON.stringify({ at: at(10), service: 'api', version: 'v1', actor: 'ci', rollbackOf: 'v2' }),
      ].join('\n'),
    );
    await twice.run(['declare', '--title', 'Checkout 502', '--severity', 'SEV3', '--detected-at', at(0)]);
    const [latest] = JSON.parse((await twice.run(['changes', '--json', '--since', '30m'])).stdout) as { id: string }[];
    expect(latest!.id).toMatch(/^deploy:prod:api@v1:\d{8}T\d{6}Z$/);
    const narrow = await twice.run(['changes', '--since', '30m']);
    // Alone in 30 minutes, but v1 ran twice in the default 2h: the printed id carries the time.
    const command = /record it on the timeline: warroom suspect (\S+)/.exec(narrow.stdout)?.[1];
    expect(command, narrow.stdout).toBe(latest!.id);
    expect(narrow.stdout).toContain(`  ${latest!.id}  api v1`);
    const marked = await twice.run(['suspect', command!]);
    await twice.cleanup();
    expect(marked.code, marked.stderr).toBe(0);
    expect(marked.stdout).toContain(`(${latest!.id})`);
  });

  it('rejects a bad --since, and fails when every source fails', async () => {
    const bad = await box.run(['changes', '--since', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--since "soon" is not a duration/);
    const broken = await createCliSandbox('changes:\n  git: [{ path: nowhere }]\n');
    await mkdir(join(broken.dir, 'x'));
    const result = await broken.run(['changes', '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([]);
    expect(result.stderr).toMatch(/nowhere does not exist/);
    await broken.cleanup();
  });
});
