/**
 * The one `git log` call a git change source makes, and the parsing of its output. Commits are
 * placed at their committer date: when they landed on the branch, which is also what
 * `--since` filters on (a rebased commit counts from when it was applied, not first written).
 */
import type { Change } from './change-model.js';

// Record and field separators that cannot appear in a one-line subject or a name.
const RS = '\x1e';
const FS = '\x1f';
/** hash, parents, author name, author email, author date, committer date, subject. */
export const GIT_LOG_FORMAT = `%x1e%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%cI%x1f%s`;

export interface GitLogQuery {
  /** Branch, tag or commit to walk from; HEAD when absent. */
  ref?: string | undefined;
  /** Only commits committed at or after this time (ms since the epoch). */
  sinceMs: number;
  /** Only commits committed at or before this time, when set. */
  untilMs?: number | undefined;
  /** Upper bound on commits read, newest first. */
  maxCommits: number;
  /** Only commits that touched this path (relative to the directory git runs in). */
  pathspec?: string | undefined;
}

/** The argv (after `git`) of the windowed log: the walk stops at the window's start, so a huge history stays fast. */
export function gitLogArgv(query: GitLogQuery): string[] {
  const seconds = (ms: number) => Math.floor(ms / 1000);
  return [
    'log',
    `--since=@${seconds(query.sinceMs)}`,
    ...(query.untilMs !== undefined ? [`--until=@${Math.ceil(query.untilMs / 1000)}`] : []),
    `--max-count=${query.maxCommits}`,
    `--format=${GIT_LOG_FORMAT}`,
    // Merges show what they brought into the branch (their diff against the first parent).
    '--shortstat',
    '--diff-merges=first-parent',
    '--no-color',
    '--no-ext-diff',
    '--no-show-signature',
    // A ref from the config is never read as an option. Without one git walks HEAD, and
    // says "does not have any commits yet" for an empty repository.
    ...(query.ref !== undefined ? ['--end-of-options', query.ref] : []),
    '--',
    ...(query.pathspec !== undefined ? [query.pathspec] : []),
  ];
}

/** The argv (after `git`) of a commit's details: header and per-file stat. */
export function gitShowArgv(hash: string): string[] {
  return ['show', '--stat=120', '--format=fuller', '--diff-merges=first-parent', '--no-color', '--no-ext-diff', '--no-show-signature', '--end-of-options', hash, '--'];
}

/** Parses the output of the windowed log into commits (newest first, as git prints them). */
export function parseGitLog(output: string, source: string): Change[] {
  const commits: Change[] = [];
  for (const chunk of output.split(RS)) {
    if (chunk.trim() === '') continue;
    const newline = chunk.indexOf('\n');
    const header = newline === -1 ? chunk : chunk.slice(0, newline);
    const rest = newline === -1 ? '' : chunk.slice(newline + 1);
    const fields = header.split(FS);
    if (fields.length < 7) continue;
    const [hash, parentList, authorName, authorEmail, , committedAt, ...subjectParts] = fields as [string, string, string, string, string, string, ...string[]];
    const at = Date.parse(committedAt);
    if (!/^[0-9a-f]{40,64}$/.test(hash) || Number.isNaN(at)) continue;
    const parents = parentList.split(' ').filter(Boolean);
    const stat = parseShortStat(rest);
    commits.push({
      id: `git:${source}:${hash}`,
      at: new Date(at).toISOString(),
      kind: 'commit',
      source,
      sourceType: 'git',
      title: subjectParts.join(FS),
      actor: authorName || authorEmail,
      ref: hash,
      ...(parents[0] ? { previousRef: parents[0] } : {}),
      ...(parents.length > 1 ? { merge: true } : {}),
      ...stat,
    });
  }
  return commits;
}

/** " 3 files changed, 10 insertions(+), 2 deletions(-)"; an empty commit has no stat line. */
export function parseShortStat(text: string): { filesChanged: number; insertions: number; deletions: number } {
  const line = text.split('\n').find((l) => /^\s*\d+ /.test(l));
  if (!line) return { filesChanged: 0, insertions: 0, deletions: 0 };
  // Parse by the (+) and (-) markers rather than the words, which git translates.
  const files = Number(/^\s*(\d+)/.exec(line)?.[1] ?? 0);
  const insertions = Number(/(\d+) [^,]*\(\+\)/.exec(line)?.[1] ?? 0);
  const deletions = Number(/(\d+) [^,]*\(-\)/.exec(line)?.[1] ?? 0);
  return { filesChanged: files, insertions, deletions };
}
