/** One row of a pane, ready to draw: the text and how to colour it. */

export type RowTone = 'normal' | 'ok' | 'warning' | 'critical' | 'unknown' | 'muted' | 'alarm' | 'accent';

export interface RowSegment {
  text: string;
  tone: RowTone;
}

export interface PaneRow {
  /** Stable across reloads (React key). */
  key: string;
  segments: RowSegment[];
}

/** A row of one plain segment. */
export function plainRow(key: string, text: string, tone: RowTone = 'normal'): PaneRow {
  return { key, segments: [{ text, tone }] };
}

/** Memoises a row builder per input object, so unchanged incidents give the same row arrays. */
export function memoRows<K extends object, A extends unknown[]>(build: (input: K, ...args: A) => PaneRow[]): (input: K, ...args: A) => PaneRow[] {
  const cache = new WeakMap<K, { args: A; rows: PaneRow[] }>();
  return (input, ...args) => {
    const hit = cache.get(input);
    if (hit && hit.args.length === args.length && hit.args.every((a, i) => a === args[i])) return hit.rows;
    const rows = build(input, ...args);
    cache.set(input, { args, rows });
    return rows;
  };
}
