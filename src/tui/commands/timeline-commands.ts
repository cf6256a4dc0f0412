/** The Timeline pane's own commands: open the selected event in full, and scroll that view. */
import { eventDetailLines, findEvent } from '../presentation/event-details.js';
import { wrapLines } from '../presentation/text-lines.js';
import type { EventDetailsModal } from '../state/console-state.js';
import { selectIncident } from '../state/selectors.js';
import type { CommandEnv, CommandHandler } from './command-env.js';
import { scrollDialog, textViewScrollHandlers } from './modal-scroll.js';

/** Opens the selected entry; while the pane follows the log, that is the newest one. */
function openDetails(env: CommandEnv): void {
  const state = env.store.getState();
  const events = selectIncident(state)?.events ?? [];
  const selected = state.ui.scroll.timeline.selected ?? events.length - 1;
  const event = events[Math.max(0, Math.min(events.length - 1, selected))];
  if (event) env.store.dispatch({ type: 'modal/open', modal: { kind: 'event-details', eventId: event.id, offset: 0 } });
}

function countLines(env: CommandEnv) {
  return (modal: EventDetailsModal, width: number) => {
    const event = findEvent(selectIncident(env.store.getState())?.events ?? [], modal.eventId);
    return event ? wrapLines(eventDetailLines(event), width).length : 1;
  };
}


export const timelineCommands = {
  'timeline.details': (env) => openDetails(env),
  ...textViewScrollHandlers('event', (env, step) => scrollDialog(env, 'event-details', step, countLines(env))),
  'event.close': (env) => env.store.dispatch({ type: 'modal/close' }),
} satisfies Record<string, CommandHandler>;
