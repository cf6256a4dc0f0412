/** Keeping a list's cursor on the same entry when the rows around it change. Pure. */

/**
 * The index in `after` of the row that was at `selected` in `before` (rows given by key): the same
 * key if it is still there, else the nearest following row that survived, else the nearest
 * preceding one, else the same position clamped to the new list.
 */
export function followRowKey(before: readonly string[], selected: number, after: readonly string[]): number {
  if (after.length === 0) return 0;
  const from = Math.max(0, Math.min(selected, before.length - 1));
  const position = new Map(after.map((key, index) => [key, index]));
  for (let i = from; i < before.length; i++) {
    const found = position.get(before[i]!);
    if (found !== undefined) return found;
  }
  for (let i = from - 1; i >= 0; i--) {
    const found = position.get(before[i]!);
    if (found !== undefined) return found;
  }
  return Math.min(from, after.length - 1);
}
