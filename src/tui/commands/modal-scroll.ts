/** Scrolling the text dialogs (an item's details, a runbook being read): the offset moves within the wrapped lines. */
import { consoleLayout, dialogContentHeight } from '../presentation/layout.js';
import { dialogTextWidth, maxOffset } from '../presentation/text-lines.js';
import type { Modal } from '../state/console-state.js';
import type { CommandEnv, CommandHandler } from './command-env.js';

type Scrollable = Extract<Modal, { kind: 'checklist-item' | 'runbook-reader' | 'event-details' }>;

export type ScrollStep = number | 'page' | '-page' | 'top' | 'bottom';

/** What each of a text view's scroll commands (keymap.ts textViewScrollRows) moves by. */
const TEXT_VIEW_STEPS = { down: 1, up: -1, pagedown: 'page', pageup: '-page', top: 'top', bottom: 'bottom' } as const satisfies Record<string, ScrollStep>;

/** The handlers of `PREFIX.down` … `PREFIX.bottom`, each calling `scroll` with its step. */
export function textViewScrollHandlers<P extends string>(
  prefix: P,
  scroll: (env: CommandEnv, step: ScrollStep) => void,
): Record<`${P}.${keyof typeof TEXT_VIEW_STEPS}`, CommandHandler> {
  const handlers = Object.entries(TEXT_VIEW_STEPS).map(([name, step]) => [`${prefix}.${name}`, (env: CommandEnv) => scroll(env, step)]);
  return Object.fromEntries(handlers) as Record<`${P}.${keyof typeof TEXT_VIEW_STEPS}`, CommandHandler>;
}

/** Where `step` takes a scroll offset in a window `height` lines tall (a page keeps one line of overlap), within 0..max. */
export function scrolledOffset(offset: number, step: ScrollStep, height: number, max: number): number {
  const page = Math.max(1, height - 1);
  const target = typeof step === 'number' ? offset + step : { page: offset + page, '-page': offset - page, top: 0, bottom: max }[step];
  return Math.max(0, Math.min(max, target));
}

/** The text width and height of a dialog over the body at the current terminal size. */
export function dialogArea(env: CommandEnv): { width: number; height: number } {
  const body = consoleLayout(env.store.getState().ui.viewport).body;
  return { width: dialogTextWidth(body.width), height: dialogContentHeight(body) };
}

/** Moves the top dialog of `kind` by `step`, given how many wrapped lines it has at the current width. */
export function scrollDialog<K extends Scrollable['kind']>(env: CommandEnv, kind: K, step: ScrollStep, countLines: (modal: Extract<Scrollable, { kind: K }>, width: number) => number): void {
  const found = env.store.getState().ui.modals.at(-1);
  if (found?.kind !== kind) return;
  const top = found as Extract<Scrollable, { kind: K }>;
  const { width, height } = dialogArea(env);
  const max = maxOffset(countLines(top, width), height);
  const offset = scrolledOffset(top.offset, step, height, max);
  if (offset !== top.offset) env.store.dispatch({ type: 'modal/replace', modal: { ...top, offset } });
}
