/** The git change source against real repositories built in temp dirs. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitCommitStat, loadGitSource, type GitSourceSpec } from '../../../src/changes/git-source.js';
import { createTestRepo, type TestRepo } from '../../helpers/git-repo.js';

const DETECTED = Date.parse('2026-11-22T03:00:00Z');
const at = (minutesBefore: number) => new Date(DETECTED - minutesBefore * 60_000).toISOString();
const SINCE = DETECTED - 2 * 3_600_000;

let dir: string;
let repo: TestRepo;
const hashes: Record<string, string> = {};
const spec = (extra: Partial<GitSourceSpec> = {}): GitSourceSpec => ({ label: 'api', repo: repo.path, timeoutMs: 10_000, maxCommits: 1_000, ...extra });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warroom-gitsrc-'));
  repo = await createTestRepo('api', dir);
  hashes.ancient = await repo.commit('Initial import', at(600));
  hashes.old = await repo.commit('Old change', at(180));
  hashes.fix = await repo.commit('Fix pool size', at(90), { 'src/pool.ts': 'a', 'src/db.ts': 'b', 'README.md': 'c' });
  repo.git(['checkout', '-q', '-b', 'feature']);
  // Written long ago, committed (rebased) inside the window: the committer date decides.
  hashes.feature = await repo.commit('Add pricing', at(40), { 'src/pricing.ts': 'p', 'src/cart.ts': 'c' }, at(2000));
  repo.git(['checkout', '-q', 'main']);
  hashes.hotfix = await repo.commit('Hotfix header', at(30), { 'src/header.ts': 'h' });
  hashes.merge = repo.merge('feature', at(20), 'Merge branch feature');
  hashes.after = await repo.commit('After detection', at(-5));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('loading commits from a git repository', () => {
  it('reads only the window, newest first, with author, committer time, subject and files changed; merges marked', async () => {
    const { changes, report } = await loadGitSource(spec(), { sinceMs: SINCE });
    expect(report).toMatchObject({ source: 'api', sourceType: 'git', count: 5, lineErrors: [] });
    expect(report.error).toBeUndefined();
    expect(changes.map((c) => c.title)).toEqual(['After detection', 'Merge branch feature', 'Hotfix header', 'Add pricing', 'Fix pool size']);
    const merge = changes[1]!;
    expect(merge).toMatchObject({ id: `git:api:${hashes.merge}`, merge: true, previousRef: hashes.hotfix, filesChanged: 2, at: at(20), kind: 'commit' });
    expect(changes[4]).toMatchObject({ ref: hashes.fix, filesChanged: 3, actor: 'Ann Author', previousRef: hashes.old });
    expect(changes[3]!.at).toBe(at(40));
    expect(changes.some((c) => c.merge && c !== merge)).toBe(false);
  });

  it('reads the configured branch instead of HEAD', async () => {
    const { changes } = await loadGitSource(spec({ ref: 'feature' }), { sinceMs: SINCE });
    expect(changes.map((c) => c.title)).toEqual(['Add pricing', 'Fix pool size']);
  });

  it('reads a folder inside a repository as the commits that touched that folder only', async () => {
    const { changes, report } = await loadGitSource(spec({ label: 'src', repo: join(repo.path, 'src') }), { sinceMs: SINCE });
    expect(report.error).toBeUndefined();
    expect(changes.map((c) => c.title)).toEqual(['Merge branch feature', 'Hotfix header', 'Add pricing', 'Fix pool size']);
    const untouched = join(repo.path, 'untouched');
    await mkdir(untouched);
    expect((await loadGitSource(spec({ repo: untouched }), { sinceMs: SINCE })).changes).toEqual([]);
  });

  it('stops at maxCommits and says so', async () => {
    const { changes, report } = await loadGitSource(spec({ maxCommits: 2 }), { sinceMs: SINCE });
    expect(changes.map((c) => c.title)).toEqual(['After detection', 'Merge branch feature']);
    expect(report.truncated).toBe(true);
  });

  it('with a detection time, reads what came before it in its own walk: a busy history after detection does not crowd it out', async () => {
    // An incident looked at later: many commits landed after detection.
    const busy = await createTestRepo('busy', dir);
    await busy.commit('Bad pool setting', at(50));
    await busy.commit('Tune retries', at(20));
    for (let m = 10; m <= 60; m += 10) await busy.commit(`Later work ${m}`, at(-m));
    const busySpec = spec({ repo: busy.path, label: 'busy', maxCommits: 3 });
    // One walk from HEAD: the newest three, all after detection, and nothing that led up to it.
    const single = await loadGitSource(busySpec, { sinceMs: SINCE });
    expect(single.changes.map((c) => c.title)).toEqual(['Later work 60', 'Later work 50', 'Later work 40']);
    const { changes, report } = await loadGitSource(busySpec, { sinceMs: SINCE, detectedMs: DETECTED });
    expect(changes.map((c) => c.title)).toEqual(['Later work 60', 'Later work 50', 'Later work 40', 'Tune retries', 'Bad pool setting']);
    expect(report).toMatchObject({ count: 5, truncated: true });
    // The main repository's window is the same either way when it fits, and nothing shows twice.
    const both = await loadGitSource(spec(), { sinceMs: SINCE, detectedMs: DETECTED });
    expect(both.changes.map((c) => c.title)).toEqual(['After detection', 'Merge branch feature', 'Hotfix header', 'Add pricing', 'Fix pool size']);
    expect(both.report.truncated).toBeUndefined();
  });

  it('shows a commit as `git show --stat`', async () => {
    const { lines, error } = await gitCommitStat(spec(), hashes.fix!);
    expect(error).toBeUndefined();
    const text = lines.join('\n');
    expect(text).toContain(`commit ${hashes.fix}`);
    expect(text).toContain('Fix pool size');
    expect(text).toMatch(/src\/pool\.ts\s+\|\s+1 \+/);
    expect(text).toMatch(/3 files changed/);
  });
});

describe('a git source that cannot be read fails on its own, with a clear reason', () => {
  it('a directory that is not a repository', async () => {
    const plain = join(dir, 'plain');
    await mkdir(plain);
    const { report, changes } = await loadGitSource(spec({ repo: plain }), { sinceMs: SINCE });
    expect(changes).toEqual([]);
    expect(report.error).toBe(`${plain} is not a git repository`);
  });

  it('a path that does not exist, and a file instead of a directory', async () => {
    await writeFile(join(dir, 'a-file'), 'x');
    expect((await loadGitSource(spec({ repo: join(dir, 'nope') }), { sinceMs: SINCE })).report.error).toBe(`${join(dir, 'nope')} does not exist`);
    expect((await loadGitSource(spec({ repo: join(dir, 'a-file') }), { sinceMs: SINCE })).report.error).toMatch(/is not a directory/);
  });

  it('a ref that does not exist', async () => {
    const { report } = await loadGitSource(spec({ ref: 'release/9.9' }), { sinceMs: SINCE });
    expect(report.error).toBe(`ref "release/9.9" does not exist in ${repo.path}`);
  });

  it('git not installed', async () => {
    const emptyBin = await mkdtemp(join(tmpdir(), 'warroom-nobin-'));
    const { report } = await loadGitSource(spec(), { sinceMs: SINCE, env: { PATH: emptyBin } });
    expect(report.error).toBe('git is not installed (or not on PATH)');
    await rm(emptyBin, { recursive: true, force: true });
  });

  it('a repository without commits is empty, not broken', async () => {
    const empty = await createTestRepo('empty', dir);
    const { report, changes } = await loadGitSource(spec({ repo: empty.path }), { sinceMs: SINCE });
    expect(report.error).toBeUndefined();
    expect(changes).toEqual([]);
  });
});
