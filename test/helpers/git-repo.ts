/** Builds real git repositories in temp dirs, with commit and committer dates under the test's control. */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** An environment that ignores the machine's own git config (signing, hooks, templates). */
export function isolatedGitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Ann Author',
    GIT_AUTHOR_EMAIL: 'ann@example.com',
    GIT_COMMITTER_NAME: 'Cid Committer',
    GIT_COMMITTER_EMAIL: 'cid@example.com',
    ...extra,
  };
}

export interface TestRepo {
  path: string;
  git(args: string[], env?: Record<string, string>): string;
  /** Writes the files and commits them at `at` (author and committer date unless `authoredAt` differs). */
  commit(message: string, at: string, files?: Record<string, string>, authoredAt?: string): Promise<string>;
  /** Merges `branch` into the current branch with a merge commit at `at`. */
  merge(branch: string, at: string, message?: string): string;
}

/** A new repository on branch main inside `parent` (or a fresh temp dir). */
export async function createTestRepo(name = 'repo', parent?: string): Promise<TestRepo> {
  const base = parent ?? (await mkdtemp(join(tmpdir(), 'warroom-git-')));
  const path = join(base, name);
  await mkdir(path, { recursive: true });
  const git = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('git', args, { cwd: path, env: isolatedGitEnv(env), encoding: 'utf8' }).trim();
  git(['init', '-q', '-b', 'main']);
  const dates = (at: string, authoredAt = at) => ({ GIT_AUTHOR_DATE: authoredAt, GIT_COMMITTER_DATE: at });
  return {
    path,
    git,
    async commit(message, at, files = { [`file-${message.replace(/\W+/g, '-')}.txt`]: message }, authoredAt) {
      for (const [file, content] of Object.entries(files)) {
        await mkdir(dirname(join(path, file)), { recursive: true });
        await writeFile(join(path, file), content);
      }
      git(['add', '--all']);
      git(['commit', '-q', '--allow-empty', '-m', message], dates(at, authoredAt));
      return git(['rev-parse', 'HEAD']);
    },
    merge(branch, at, message = `Merge ${branch}`) {
      git(['merge', '-q', '--no-ff', '-m', message, branch], dates(at));
      return git(['rev-parse', 'HEAD']);
    },
  };
}
