/** Pure reducer of the ui slice: focus, modal stack, mode, scrolling, flash messages, viewport. */
import { moveSelection, selectRow } from '../presentation/list-window.js';
import { isComposer, reduceComposer } from './composer-flow.js';
import { PANES, resetScroll, type ConsoleAction, type Flash, type Modal, type Mode, type UiState } from './console-state.js';
import { stepResolveDialog } from './resolve-dialog.js';

/** Text fields and the update editor take typed keys. */
const modeFor = (modals: readonly Modal[]): Mode => {
  const kind = modals.at(-1)?.kind;
  return kind === 'text' || kind === 'compose-edit' ? 'insert' : 'normal';
};

function withModals(ui: UiState, modals: Modal[]): UiState {
  return { ...ui, modals, mode: modeFor(modals) };
}

function updateTop(ui: UiState, update: (top: Modal) => Modal): UiState {
  const top = ui.modals.at(-1);
  if (!top) return ui;
  const next = update(top);
  return next === top ? ui : withModals(ui, [...ui.modals.slice(0, -1), next]);
}

/** A message about one incident ("Overdue: first public update") does not follow the responder to another. */
const flashKeptFor = (flash: Flash | undefined, incidentId: string | undefined) => (flash?.incidentId && flash.incidentId !== incidentId ? undefined : flash);

/** Reduces one action; returns the same object when nothing changed. */
export function reduceUi(ui: UiState, action: ConsoleAction): UiState {
  switch (action.type) {
    case 'viewport/resized': {
      const { columns, rows } = action.viewport;
      return columns === ui.viewport.columns && rows === ui.viewport.rows ? ui : { ...ui, viewport: { columns, rows } };
    }
    case 'focus/cycle': {
      const index = PANES.indexOf(ui.focus);
      return { ...ui, focus: PANES[(index + action.delta + PANES.length) % PANES.length]! };
    }
    case 'focus/set':
      return ui.focus === action.pane ? ui : { ...ui, focus: action.pane };
    case 'cursor/move': {
      const anchor = action.pane === 'timeline' ? 'bottom' : 'top';
      const current = ui.scroll[action.pane];
      const next = moveSelection(current, action.move, action.count, action.height, anchor);
      return next === current ? ui : { ...ui, scroll: { ...ui.scroll, [action.pane]: next } };
    }
    case 'cursor/select': {
      const current = ui.scroll[action.pane];
      const next = selectRow(current, action.index, action.count, action.height);
      return next === current ? ui : { ...ui, scroll: { ...ui.scroll, [action.pane]: next } };
    }
    case 'start/move': {
      if (action.count <= 0) return ui.startSelected === 0 ? ui : { ...ui, startSelected: 0 };
      const step = { up: -1, down: 1, top: -Infinity, bottom: Infinity, pageup: -10, pagedown: 10 }[action.move];
      const selected = Math.max(0, Math.min(action.count - 1, ui.startSelected + step));
      return selected === ui.startSelected ? ui : { ...ui, startSelected: selected };
    }
    case 'modal/open':
      return withModals(ui, [...ui.modals, action.modal]);
    case 'modal/close':
      return ui.modals.length === 0 ? ui : withModals(ui, ui.modals.slice(0, -1));
    case 'modal/replace':
      return withModals(ui, [...ui.modals.slice(0, -1), action.modal]);
    case 'modal/text':
      return updateTop(ui, (top) => {
        if (top.kind !== 'text' || (top.text === action.text && top.cursor === action.cursor)) return top;
        return { ...top, text: action.text, cursor: Math.max(0, Math.min(action.text.length, action.cursor)) };
      });
    case 'modal/pick':
      return updateTop(ui, (top) => {
        const index = Math.max(0, action.index);
        if (top.kind === 'help') return top.offset === index ? top : { ...top, offset: index };
        if (top.kind === 'severity' || top.kind === 'roles' || top.kind === 'status') {
          return top.index === index ? top : { ...top, index };
        }
        return top;
      });
    case 'modal/composer': {
      // The history may be open over the composer: the composer is updated where it is.
      const index = ui.modals.findLastIndex(isComposer);
      const composer = ui.modals[index];
      if (!composer || !isComposer(composer)) return ui;
      const next = reduceComposer(composer, action.event);
      return next === composer ? ui : withModals(ui, ui.modals.map((m, i) => (i === index ? next : m)));
    }
    case 'modal/flow': {
      // A typed confirmation may sit on top of the action dialog: update the dialog where it is.
      const index = ui.modals.map((m) => m.kind).lastIndexOf('action');
      if (index < 0) return ui;
      // A new step starts at its top; the same step keeps where it was scrolled to.
      const keep = (m: Modal) => (m.kind === 'action' && m.offset && m.flow.step === action.flow.step ? { offset: m.offset } : {});
      return withModals(ui, ui.modals.map((m, i) => (i === index ? { kind: 'action', flow: action.flow, ...keep(m) } : m)));
    }
    case 'modal/resolve': {
      // The reason field may sit on top of the resolve dialog: update the dialog where it is.
      const index = ui.modals.findLastIndex((m) => m.kind === 'resolve');
      const modal = ui.modals[index];
      if (modal?.kind !== 'resolve') return ui;
      const dialog = stepResolveDialog(modal.dialog, action.event);
      return dialog === modal.dialog ? ui : withModals(ui, ui.modals.map((m, i) => (i === index ? { kind: 'resolve', dialog } : m)));
    }
    case 'flash/show': {
      const flash = { id: ui.nextFlashId, text: action.text, tone: action.tone, ...(ui.incidentId ? { incidentId: ui.incidentId } : {}) };
      return { ...ui, flash, nextFlashId: ui.nextFlashId + 1 };
    }
    case 'flash/expire':
      return ui.flash?.id === action.id ? { ...ui, flash: undefined } : ui;
    case 'incident/open':
      return {
        ...ui,
        screen: 'incident',
        incidentId: action.incidentId,
        focus: 'timeline',
        scroll: resetScroll(),
        modals: [],
        mode: 'normal',
        flash: flashKeptFor(ui.flash, action.incidentId),
      };
    case 'incident/leave':
      return ui.screen === 'start' ? ui : { ...ui, screen: 'start', incidentId: undefined, modals: [], mode: 'normal', startSelected: 0, flash: flashKeptFor(ui.flash, undefined) };
    default:
      return ui;
  }
}
