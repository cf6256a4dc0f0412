/** Turns the `changes:` config into source specs: absolute paths and unique labels. */
import { basename, extname } from 'node:path';
import type { ChangesConfig } from '../config/sections/changes.js';
import type { PendingSource } from '../domain/changes/change-model.js';
import type { GitSourceSpec } from './git-source.js';
import type { RecordCommandSpec, RecordFileSpec } from './record-sources.js';

export type SourceSpec =
  | ({ type: 'git' } & GitSourceSpec)
  | ({ type: 'file' } & RecordFileSpec)
  | ({ type: 'command' } & RecordCommandSpec);

/** Resolves relative paths against the config file's directory. */
export type PathResolver = (path: string) => string;

/** Every configured source, in config order; a deploy entry with both a file and a command gives two. */
export function planSources(config: ChangesConfig, resolvePath: PathResolver, baseDir: string): SourceSpec[] {
  const labels = new UniqueLabels();
  const specs: SourceSpec[] = [];
  for (const git of config.git) {
    const repo = resolvePath(git.path);
    specs.push({ type: 'git', label: labels.take(git.label ?? basename(repo)), repo, ref: git.ref, timeoutMs: git.timeout, maxCommits: git.maxCommits });
  }
  for (const deploy of config.deploys) {
    // File and command of one entry share its label: together they are one deploy history.
    const label = labels.take(deploy.label ?? (deploy.file ? stem(deploy.file) : 'deploys'));
    if (deploy.file) specs.push({ type: 'file', label, sourceType: 'deploys', file: resolvePath(deploy.file) });
    if (deploy.command) {
      specs.push({ type: 'command', label, argv: deploy.command, cwd: baseDir, timeoutMs: deploy.timeout, env: deploy.env, passEnv: deploy.passEnv });
    }
  }
  for (const log of config.changeLogs) {
    specs.push({ type: 'file', label: labels.take(log.label ?? stem(log.file)), sourceType: 'changelog', file: resolvePath(log.file) });
  }
  return specs;
}

/** What a source is, as its report and the "still loading" line name it. */
export function describeSpec(spec: SourceSpec): PendingSource {
  switch (spec.type) {
    case 'git':
      return { source: spec.label, sourceType: 'git', origin: spec.repo, timeoutMs: spec.timeoutMs };
    case 'file':
      return { source: spec.label, sourceType: spec.sourceType, origin: spec.file };
    case 'command':
      return { source: spec.label, sourceType: 'deploys', origin: spec.argv.join(' '), timeoutMs: spec.timeoutMs };
  }
}

function stem(file: string): string {
  return basename(file, extname(file));
}

/** Labels end up in change ids: keep them id-safe and make repeats distinct (`api`, `api-2`). */
class UniqueLabels {
  private readonly used = new Set<string>();

  take(wanted: string): string {
    const base = wanted.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '') || 'source';
    let label = base;
    for (let n = 2; this.used.has(label); n++) label = `${base}-${n}`;
    this.used.add(label);
    return label;
  }
}
