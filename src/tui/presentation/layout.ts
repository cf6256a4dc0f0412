/** Screen geometry: where the header, panes and status lines go for a terminal size. Pure. */
import type { PaneId, Viewport } from '../state/console-state.js';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface ConsoleLayout {
  /** Height of the root box: one row less than the terminal, so Ink never scrolls or clears it. */
  height: number;
  width: number;
  headerHeight: number;
  footerHeight: number;
  /** The area between header and footer (panes, or the open dialog). */
  body: Rect;
  /** `stacked`: three small panes over a wide timeline. `wide`: three panes left, timeline right. */
  arrangement: 'stacked' | 'wide';
  panes: Record<PaneId, Rect>;
}

export const MIN_COLUMNS = 60;
export const MIN_ROWS = 16;
export const HEADER_HEIGHT = 4;
export const FOOTER_HEIGHT = 2;
const WIDE_FROM_COLUMNS = 140;

/** Rows of content inside a bordered pane. */
export function paneContentHeight(rect: Rect): number {
  return Math.max(0, rect.height - 2);
}

/** Whether the terminal is too small to lay the console out at all. */
export function tooSmall(viewport: Viewport): boolean {
  return viewport.columns < MIN_COLUMNS || viewport.rows < MIN_ROWS;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

function splitEvenly(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total - base * parts ? 1 : 0));
}

/** Lays out the console for a terminal of `viewport` size (assumed not too small). */
export function consoleLayout(viewport: Viewport): ConsoleLayout {
  const width = viewport.columns;
  const height = Math.max(1, viewport.rows - 1);
  const body: Rect = { left: 0, top: HEADER_HEIGHT, width, height: Math.max(0, height - HEADER_HEIGHT - FOOTER_HEIGHT) };
  const small: PaneId[] = ['checks', 'changes', 'checklist'];
  const panes = {} as Record<PaneId, Rect>;
  if (width >= WIDE_FROM_COLUMNS) {
    const leftWidth = clamp(Math.round(width * 0.4), 50, 90);
    let top = body.top;
    splitEvenly(body.height, 3).forEach((h, i) => {
      panes[small[i]!] = { left: 0, top, width: leftWidth, height: h };
      top += h;
    });
    panes.timeline = { left: leftWidth, top: body.top, width: width - leftWidth, height: body.height };
    return { height, width, headerHeight: HEADER_HEIGHT, footerHeight: FOOTER_HEIGHT, body, arrangement: 'wide', panes };
  }
  const topHeight = clamp(Math.round(body.height * 0.4), 5, 12);
  let left = 0;
  splitEvenly(width, 3).forEach((w, i) => {
    panes[small[i]!] = { left, top: body.top, width: w, height: topHeight };
    left += w;
  });
  panes.timeline = { left: 0, top: body.top + topHeight, width, height: body.height - topHeight };
  return { height, width, headerHeight: HEADER_HEIGHT, footerHeight: FOOTER_HEIGHT, body, arrangement: 'stacked', panes };
}

/** Rows inside a dialog drawn over `rect` (border, title row and hint row taken). */
export function dialogContentHeight(rect: Rect): number {
  return Math.max(1, rect.height - 4);
}
