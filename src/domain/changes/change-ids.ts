/** Short forms of change ids for people to read and type; each is still a unique prefix of its id. */

const GIT_HASH_SHOWN = 10;

/**
 * Maps each id to its shortest readable unique prefix: `git:api:3f2a9c1d0e` for a commit,
 * `deploy:prod:api@v2.14.0` for a record; longer only when another id shares that start.
 */
export function shortIds(ids: readonly string[]): Map<string, string> {
  const result = new Map<string, string>();
  const shared = (id: string, length: number) => ids.some((other) => other !== id && other.startsWith(id.slice(0, length)));
  for (const id of ids) {
    let length = preferredLength(id);
    // A commit grows digit by digit; a repeated record shows its whole id (time included).
    if (id.startsWith('git:')) while (length < id.length && shared(id, length)) length++;
    else if (shared(id, length)) length = id.length;
    result.set(id, id.slice(0, length));
  }
  return result;
}

function preferredLength(id: string): number {
  const parts = id.split(':');
  const head = `${parts[0]}:${parts[1]}:`;
  if (parts[0] === 'git') return Math.min(id.length, head.length + GIT_HASH_SHOWN);
  // kind:label:subject, without the time, which only matters for a repeated deploy.
  return Math.min(id.length, head.length + (parts[2]?.length ?? 0));
}
