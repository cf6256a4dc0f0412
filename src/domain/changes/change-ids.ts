/** Short forms of change ids for people to read and type; each is still a unique prefix of its id. */

const GIT_HASH_SHOWN = 10;

/**
 * Maps each id to its shortest readable unique prefix: `git:api:3f2a9c1d0e` for a commit,
 * `deploy:prod:api@v2.14.0` for a record; longer only when another id shares that start.
 * Sorted, an id shares the longest start with one of its neighbours, so this is n log n:
 * a year of deploys in a wide window stays instant.
 */
export function shortIds(ids: readonly string[]): Map<string, string> {
  const sorted = [...new Set(ids)].sort();
  const result = new Map<string, string>();
  sorted.forEach((id, i) => {
    // The longest start this id shares with any other.
    const shared = Math.max(commonPrefix(id, sorted[i - 1]), commonPrefix(id, sorted[i + 1]));
    const preferred = preferredLength(id);
    // A commit grows digit by digit; a repeated record shows its whole id (time included).
    const length = shared < preferred ? preferred : id.startsWith('git:') ? Math.min(id.length, shared + 1) : id.length;
    result.set(id, id.slice(0, length));
  });
  return result;
}

function commonPrefix(a: string, b: string | undefined): number {
  if (b === undefined) return 0;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function preferredLength(id: string): number {
  const parts = id.split(':');
  const head = `${parts[0]}:${parts[1]}:`;
  if (parts[0] === 'git') return Math.min(id.length, head.length + GIT_HASH_SHOWN);
  // kind:label:subject, without the time, which only matters for a repeated deploy.
  return Math.min(id.length, head.length + (parts[2]?.length ?? 0));
}
