/** Merges the changes of every source into one chronological list restricted to the window. */
import type { Change, SourceLoad } from './change-model.js';
import type { ChangeWindow } from './change-window.js';

/**
 * Sets each deploy's `previousRef` to the version its service ran before (the rollback target),
 * looking at every deploy loaded, not just the window: the previous one is often older.
 */
export function withPreviousVersions(changes: readonly Change[]): Change[] {
  const deploys = changes
    .map((change, index) => ({ change, index }))
    .filter(({ change }) => change.kind === 'deploy' && change.service !== undefined)
    .sort((a, b) => Date.parse(a.change.at) - Date.parse(b.change.at) || a.index - b.index);
  // Per service: the version running now and the different one before it (a redeploy of the
  // same version keeps pointing at the one before, or a rollback would change nothing).
  const running = new Map<string, { current: string; before?: string }>();
  const previous = new Map<number, string>();
  for (const { change, index } of deploys) {
    if (change.ref === undefined) continue;
    const state = running.get(change.service!);
    const before = state === undefined ? undefined : state.current !== change.ref ? state.current : state.before;
    if (before !== undefined) previous.set(index, before);
    running.set(change.service!, before === undefined ? { current: change.ref } : { current: change.ref, before });
  }
  return changes.map((change, index) => {
    const before = previous.get(index);
    return before === undefined || change.previousRef !== undefined ? change : { ...change, previousRef: before };
  });
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
  return Date.parse(a.at) - Date.parse(b.at) || a.source.localeCompare(b.source) || a.id.localeCompare(b.id);
}

/** Every source's changes in the window (from its start, with no end), oldest first. */
export function mergeChanges(loads: readonly SourceLoad[], window: Pick<ChangeWindow, 'sinceMs'>): Change[] {
  const all = withUniqueIds(withPreviousVersions(loads.flatMap((load) => load.changes)));
  return all.filter((change) => Date.parse(change.at) >= window.sinceMs).sort(compareChanges);
}
