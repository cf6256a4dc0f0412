/** Merges the changes of every source into one chronological list restricted to the window. */
import type { Change, DeployMark, SourceLoad } from './change-model.js';
import type { ChangeWindow } from './change-window.js';

/**
 * Sets each deploy's `previousRef` to the version its service ran before (the rollback target),
 * looking at every deploy loaded, including `earlier` ones from before the window: the
 * previous deploy is often older than the window. A version that a later deploy rolled back
 * (`rollbackOf`) is never a target: it was taken out for a reason.
 */
export function withPreviousVersions(changes: readonly Change[], earlier: readonly DeployMark[] = []): Change[] {
  const deploys: (DeployMark & { index: number })[] = earlier.map((mark) => ({ ...mark, index: -1 }));
  changes.forEach((change, index) => {
    if (change.kind === 'deploy' && change.service !== undefined && change.ref !== undefined) {
      deploys.push({ atMs: Date.parse(change.at), service: change.service, ref: change.ref, ...(change.rollbackOf ? { rollbackOf: change.rollbackOf } : {}), index });
    }
  });
  deploys.sort((a, b) => a.atMs - b.atMs);
  // Per service: the versions it ran that are still good to return to, most recent last.
  const history = new Map<string, VersionHistory>();
  const previous = new Map<number, string>();
  for (const deploy of deploys) {
    let versions = history.get(deploy.service);
    if (!versions) history.set(deploy.service, (versions = new VersionHistory()));
    if (deploy.rollbackOf !== undefined) versions.remove(deploy.rollbackOf);
    // A redeploy of the running version still points at the one before it, or a rollback would change nothing.
    const before = versions.latestExcept(deploy.ref);
    if (before !== undefined && deploy.index >= 0) previous.set(deploy.index, before);
    versions.moveToEnd(deploy.ref);
  }
  return changes.map((change, index) => {
    const before = previous.get(index);
    return before === undefined || change.previousRef !== undefined ? change : { ...change, previousRef: before };
  });
}

/**
 * Versions in the order they last ran, with removal: linear over a long deploy history (years
 * of deploys are read to find rollback targets). Entries that moved or were removed stay in
 * `order` as stale slots and are skipped.
 */
class VersionHistory {
  private readonly order: string[] = [];
  /** Where each live version's entry is in `order`. */
  private readonly slot = new Map<string, number>();

  remove(version: string): void {
    this.slot.delete(version);
  }

  moveToEnd(version: string): void {
    this.slot.set(version, this.order.length);
    this.order.push(version);
  }

  /** The most recent live version other than `version`. */
  latestExcept(version: string): string | undefined {
    // Stale slots at the end are dropped for good, so repeated calls stay cheap.
    while (this.order.length > 0 && this.slot.get(this.order.at(-1)!) !== this.order.length - 1) this.order.pop();
    for (let i = this.order.length - 1; i >= 0; i--) {
      const candidate = this.order[i]!;
      if (this.slot.get(candidate) === i && candidate !== version) return candidate;
    }
    return undefined;
  }
}

/** Makes ids unique in input order: a repeated record gets `#2`, `#3`, ... so each can be marked. */
export function withUniqueIds(changes: readonly Change[]): Change[] {
  const seen = new Map<string, number>();
  return changes.map((change) => {
    const count = (seen.get(change.id) ?? 0) + 1;
    seen.set(change.id, count);
    return count === 1 ? change : { ...change, id: `${change.id}#${count}` };
  });
}

/** Oldest first; ties broken by source and id so the order never flickers between reloads. */
export function compareChanges(a: Change, b: Change): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.source.localeCompare(b.source) || a.id.localeCompare(b.id);
}

/** Every source's changes in the window (from its start, with no end), oldest first. */
export function mergeChanges(loads: readonly SourceLoad[], window: Pick<ChangeWindow, 'sinceMs'>): Change[] {
  const earlier = loads.flatMap((load) => load.earlierDeploys ?? []);
  const all = withUniqueIds(withPreviousVersions(loads.flatMap((load) => load.changes), earlier));
  const since = new Date(window.sinceMs).toISOString();
  return all.filter((change) => change.at >= since).sort(compareChanges);
}
