// The shop's release repository (a local git repo with one tag per version), checking a tag
// out into the service's release directory, and the deploy log the changes view reads.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HOUR = 3_600_000;

/** The versions the example ships. v1.2.0 is the bad one: its checkout timeout is 0. */
export const RELEASES = [
  {
    version: 'v1.0.0',
    ageMs: 73 * HOUR,
    subject: 'First release of the shop',
    release: { checkout: { paymentTimeoutMs: 5000 }, search: { cache: false } },
  },
  {
    version: 'v1.1.0',
    ageMs: 25 * HOUR,
    subject: 'Cache product search results',
    release: { checkout: { paymentTimeoutMs: 5000 }, search: { cache: true } },
  },
  {
    version: 'v1.2.0',
    ageMs: 1.5 * HOUR,
    subject: 'Read the payment timeout from the new settings block',
    // The new settings block was never filled in: the timeout falls back to 0.
    release: { checkout: { paymentTimeoutMs: 0 }, search: { cache: true } },
  },
];

/** A version is a plain tag name; anything else (spaces, `;`, leading dash) is refused. */
export function requireVersion(text) {
  if (typeof text !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/.test(text)) {
    throw new UsageError(`"${text ?? ''}" is not a version: use a tag name such as v1.1.0`);
  }
  return text;
}

export class UsageError extends Error {}

/** Runs git without the machine's own git config (signing, hooks) getting in the way. */
export function git(args, options = {}) {
  return execFileSync('git', args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'Shop Release',
      GIT_AUTHOR_EMAIL: 'release@shop.example',
      GIT_COMMITTER_NAME: 'Shop Release',
      GIT_COMMITTER_EMAIL: 'release@shop.example',
      ...options.env,
    },
  }).trim();
}

/** Creates the release repository with one commit and annotated tag per release. */
export function createReleaseRepo(repo, now = Date.now()) {
  mkdirSync(repo, { recursive: true });
  git(['init', '-q', '-b', 'main', repo]);
  for (const { version, ageMs, subject, release } of RELEASES) {
    const date = new Date(now - ageMs).toISOString();
    writeFileSync(join(repo, 'release.json'), `${JSON.stringify({ version, ...release }, null, 2)}\n`);
    writeFileSync(join(repo, 'CHANGES'), `${version}: ${subject}\n`, { flag: 'a' });
    git(['-C', repo, 'add', 'release.json', 'CHANGES']);
    const dates = { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
    git(['-C', repo, 'commit', '-q', '-m', subject], { env: dates });
    git(['-C', repo, 'tag', '-a', version, '-m', subject], { env: dates });
  }
}

/** The version the release directory holds now, if any. */
export function currentVersion(home) {
  try {
    return JSON.parse(readFileSync(join(home, 'release', 'release.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** The tag's annotation subject; throws a UsageError naming the known tags when there is no such tag. */
export function describeTag(repo, version) {
  try {
    git(['-C', repo, 'rev-parse', '--verify', '--quiet', `refs/tags/${version}^{commit}`]);
  } catch {
    const known = git(['-C', repo, 'tag', '--list']).split('\n').filter(Boolean).join(', ');
    throw new UsageError(`no release ${version} in ${repo} (tags: ${known || 'none'})`);
  }
  return git(['-C', repo, 'tag', '--list', '--format=%(contents:subject)', version]);
}

/** Clones the tag into <home>/release.next, then swaps it in place of <home>/release. */
export function checkOut(home, repo, version) {
  const next = join(home, 'release.next');
  const old = join(home, 'release.old');
  rmSync(next, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
  git(['-c', 'advice.detachedHead=false', 'clone', '-q', '--branch', version, repo, next]);
  if (existsSync(join(home, 'release'))) renameSync(join(home, 'release'), old);
  renameSync(next, join(home, 'release'));
  rmSync(old, { recursive: true, force: true });
}

/** Appends one deploy record (JSON Lines: at, service, version, actor, description, migration, rollbackOf). */
export function logDeploy(home, record) {
  appendFileSync(join(home, 'deploys.jsonl'), `${JSON.stringify(record)}\n`);
}

/** Whether the release declares a database migration (the changes view then cautions against rollback). */
export function hasMigration(home) {
  try {
    return JSON.parse(readFileSync(join(home, 'release', 'release.json'), 'utf8')).migration === true;
  } catch {
    return false;
  }
}
