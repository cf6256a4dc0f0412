import { describe, expect, it } from 'vitest';
import { gitLogArgv, parseGitLog, parseShortStat } from '../../../../src/domain/changes/git-log.js';

const H1 = 'a'.repeat(40);
const H2 = 'b'.repeat(40);
const H3 = 'c'.repeat(40);
const record = (fields: string[], stat = '') => `\x1e${fields.join('\x1f')}\n${stat ? `\n${stat}\n` : ''}`;

describe('parseGitLog', () => {
  it('reads hash, parents, author, committer time, subject and the shortstat; marks merges', () => {
    const output =
      record([H1, `${H2} ${H3}`, 'Ann', 'ann@example.com', '2026-11-22T01:00:00+00:00', '2026-11-22T03:00:00+01:00', 'Merge branch feat'], ' 2 files changed, 7 insertions(+)') +
      record([H2, H3, '', 'bob@example.com', '2026-11-22T00:10:00Z', '2026-11-22T00:20:00Z', 'Fix: a\x1fb'], ' 1 file changed, 1 insertion(+), 4 deletions(-)') +
      record([H3, '', 'Cy', 'cy@example.com', '2026-11-22T00:00:00Z', '2026-11-22T00:00:00Z', 'Empty root']);
    const commits = parseGitLog(output, 'api');
    expect(commits).toHaveLength(3);
    expect(commits[0]).toMatchObject({
      id: `git:api:${H1}`,
      at: '2026-11-22T02:00:00.000Z', // committer date, in UTC
      kind: 'commit',
      source: 'api',
      sourceType: 'git',
      title: 'Merge branch feat',
      actor: 'Ann',
      ref: H1,
      previousRef: H2,
      merge: true,
      filesChanged: 2,
      insertions: 7,
      deletions: 0,
    });
    // No author name: the email stands in. A separator inside the subject survives.
    expect(commits[1]).toMatchObject({ actor: 'bob@example.com', title: 'Fix: a\x1fb', filesChanged: 1, insertions: 1, deletions: 4 });
    expect(commits[1]!.merge).toBeUndefined();
    expect(commits[2]).toMatchObject({ filesChanged: 0 });
    expect(commits[2]!.previousRef).toBeUndefined();
  });

  it('skips a record cut short (output truncated at the front) instead of inventing a commit', () => {
    const output = `f82b\x1f${H3}\x1fAnn\n` + record([H1, H2, 'Ann', 'a@x', '2026-11-22T01:00:00Z', '2026-11-22T01:00:00Z', 'ok']);
    expect(parseGitLog(output, 'api').map((c) => c.ref)).toEqual([H1]);
  });
});

describe('parseShortStat', () => {
  it('parses by the (+)/(-) markers so a translated git still counts', () => {
    expect(parseShortStat(' 3 Dateien geändert, 10 Zeilen hinzugefügt(+), 2 Zeilen entfernt(-)')).toEqual({ filesChanged: 3, insertions: 10, deletions: 2 });
    expect(parseShortStat(' 1 file changed, 5 deletions(-)')).toEqual({ filesChanged: 1, insertions: 0, deletions: 5 });
  });
});

describe('gitLogArgv', () => {
  it('limits the walk to the window and never lets the ref be read as an option', () => {
    const argv = gitLogArgv({ sinceMs: Date.parse('2026-11-22T01:00:00.500Z'), maxCommits: 500, ref: '--output=/tmp/x' });
    expect(argv).toContain(`--since=@${Date.parse('2026-11-22T01:00:00Z') / 1000}`);
    expect(argv).toContain('--max-count=500');
    expect(argv.some((a) => a.startsWith('--until'))).toBe(false);
    expect(argv.slice(-3)).toEqual(['--end-of-options', '--output=/tmp/x', '--']);
    expect(gitLogArgv({ sinceMs: 0, untilMs: 1_500, maxCommits: 1 })).toContain('--until=@2');
    expect(gitLogArgv({ sinceMs: 0, maxCommits: 1 }).at(-2)).toBe('--no-show-signature');
  });
});
