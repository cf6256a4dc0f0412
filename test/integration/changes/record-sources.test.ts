/** Deploy history and change logs from real JSON Lines files and real commands. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRecordCommand, loadRecordFile, type RecordCommandSpec } from '../../../src/changes/record-sources.js';

let dir: string;
const LINES = [
  '{"at":"2026-11-22T02:00:00Z","service":"api","version":"v1","actor":"ci"}',
  '{"at":"2026-11-22T02:30:00Z","service":"api","version":"v2","actor":"ci","migration":true}',
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warroom-records-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const command = (argv: string[], extra: Partial<RecordCommandSpec> = {}): RecordCommandSpec => ({
  label: 'helm', argv, cwd: dir, timeoutMs: 5_000, env: {}, passEnv: [], ...extra,
});
const node = (script: string) => [process.execPath, '-e', script];

describe('a JSON Lines file', () => {
  it('keeps the good lines and reports each bad one with file and line number', async () => {
    const file = join(dir, 'deploys.jsonl');
    await writeFile(file, [LINES[0], '{"at":"yesterday","service":"api","version":"v0","actor":"ci"}', 'garbage', LINES[1], ''].join('\n'));
    const { changes, report } = await loadRecordFile({ label: 'prod', sourceType: 'deploys', file });
    expect(changes.map((c) => c.ref)).toEqual(['v1', 'v2']);
    expect(report).toMatchObject({ source: 'prod', count: 2, origin: file });
    expect(report.error).toBeUndefined();
    expect(report.lineErrors.map((e) => `${e.origin}:${e.line}`)).toEqual([`${file}:2`, `${file}:3`]);
    expect(changes[1]!.origin).toBe(`${file}:4`);
  });

  it('a missing file is the source error', async () => {
    const file = join(dir, 'missing.jsonl');
    const { report } = await loadRecordFile({ label: 'ops', sourceType: 'changelog', file });
    expect(report.error).toBe(`${file}: file not found`);
  });
});

describe('a deploy-history command', () => {
  it('parses what it prints and passes only the allowed environment', async () => {
    const script = `process.stdout.write(${JSON.stringify(LINES.join('\n'))} + '\\n' + JSON.stringify({at:'2026-11-22T02:45:00Z',service:'web',ref:process.env.DEPLOY_ENV + '/' + (process.env.SECRET_TOKEN ?? 'none'),actor:'ci'}))`;
    const { changes, report } = await loadRecordCommand(command(node(script), { env: { DEPLOY_ENV: 'prod' } }), { env: { ...process.env, SECRET_TOKEN: 'hunter2' } });
    expect(report.error).toBeUndefined();
    expect(changes.map((c) => c.ref)).toEqual(['v1', 'v2', 'prod/none']);
    expect(changes[0]!.origin).toBe(`${process.execPath} (stdout):1`);
  });

  it('a command that fails reports its exit code and last stderr line, and none of its output is used', async () => {
    const script = `console.log(${JSON.stringify(LINES[0])}); console.error('error: cluster unreachable'); process.exit(3)`;
    const { changes, report } = await loadRecordCommand(command(node(script)));
    expect(changes).toEqual([]);
    expect(report.error).toBe(`${process.execPath} exited with code 3: error: cluster unreachable`);
  });

  it('a command that hangs is killed at its timeout', async () => {
    const started = performance.now();
    const { changes, report } = await loadRecordCommand(command(['sleep', '30'], { timeoutMs: 400 }));
    expect(changes).toEqual([]);
    expect(report.error).toBe('sleep timed out after 0.4s');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('a command that does not exist', async () => {
    const { report } = await loadRecordCommand(command(['./no-such-deploy-exporter']));
    expect(report.error).toMatch(/command not found: \.\/no-such-deploy-exporter/);
  });
});
