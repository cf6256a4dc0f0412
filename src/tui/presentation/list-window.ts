/** Windowed lists: which rows of a long list are drawn, and how the selection moves and scrolls. */
import type { CursorMove, PaneScroll } from '../state/console-state.js';

/** `top`: lists read from the first row. `bottom`: the newest row is last and followed (a log). */
export type Anchor = 'top' | 'bottom';

export interface ListWindow {
  /** First row drawn (inclusive). */
  start: number;
  /** Row after the last one drawn. */
  end: number;
  /** The highlighted row; null when a bottom-anchored list follows its newest row. */
  selected: number | null;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

function effectiveSelection(scroll: PaneScroll, count: number, anchor: Anchor): number {
  if (scroll.selected !== null) return clamp(scroll.selected, 0, count - 1);
  return anchor === 'bottom' ? count - 1 : 0;
}

/** Keeps `selected` inside [offset, offset + height), moving the offset as little as possible. */
function scrollOffset(offset: number, selected: number, count: number, height: number): number {
  let next = offset;
  if (selected < next) next = selected;
  if (selected >= next + height) next = selected - height + 1;
  return clamp(next, 0, Math.max(0, count - height));
}

/** Applies a cursor move to a pane's scroll state. Reaching the end of a log resumes following it. */
export function moveSelection(scroll: PaneScroll, move: CursorMove, count: number, height: number, anchor: Anchor): PaneScroll {
  if (count <= 0) return scroll.selected === null && scroll.offset === 0 ? scroll : { selected: null, offset: 0 };
  const rows = Math.max(1, height);
  const current = effectiveSelection(scroll, count, anchor);
  const target = {
    up: current - 1,
    down: current + 1,
    top: 0,
    bottom: count - 1,
    pageup: current - rows,
    pagedown: current + rows,
  }[move];
  const selected = clamp(target, 0, count - 1);
  if (anchor === 'bottom' && selected === count - 1) {
    const offset = Math.max(0, count - rows);
    return scroll.selected === null && scroll.offset === offset ? scroll : { selected: null, offset };
  }
  const from = scroll.selected === null && anchor === 'bottom' ? Math.max(0, count - rows) : scroll.offset;
  const offset = scrollOffset(from, selected, count, rows);
  return scroll.selected === selected && scroll.offset === offset ? scroll : { selected, offset };
}

/** Selects row `index` (a list reloaded around the selection keeps it on the same entry). */
export function selectRow(scroll: PaneScroll, index: number, count: number, height: number): PaneScroll {
  if (count <= 0) return scroll;
  const selected = clamp(index, 0, count - 1);
  const offset = scrollOffset(scroll.offset, selected, count, Math.max(1, height));
  return scroll.selected === selected && scroll.offset === offset ? scroll : { selected, offset };
}

/** The rows to draw for a list of `count` rows in `height` lines. */
export function visibleWindow(scroll: PaneScroll, count: number, height: number, anchor: Anchor): ListWindow {
  const rows = Math.max(0, height);
  if (count <= 0 || rows === 0) return { start: 0, end: 0, selected: null };
  if (anchor === 'bottom' && scroll.selected === null) {
    return { start: Math.max(0, count - rows), end: count, selected: null };
  }
  const selected = effectiveSelection(scroll, count, anchor);
  const start = scrollOffset(scroll.offset, selected, count, rows);
  return { start, end: Math.min(count, start + rows), selected };
}
