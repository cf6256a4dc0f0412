/** One timeline event in full (Enter in the Timeline pane): text, who, when, type and data, scrollable. */
import { useMemo } from 'react';
import type { IncidentState } from '../../domain/incident-state.js';
import { eventDetailLines, findEvent } from '../presentation/event-details.js';
import type { Rect } from '../presentation/layout.js';
import type { EventDetailsModal } from '../state/console-state.js';
import { TextLinesDialog } from './TextLinesDialog.js';

/** Shows the event from the modal's offset; says so if the event is not on this incident. */
export function EventDetails({ rect, modal, incident }: { rect: Rect; modal: EventDetailsModal; incident: IncidentState }) {
  const event = findEvent(incident.events, modal.eventId);
  const lines = useMemo(() => (event ? eventDetailLines(event) : [{ text: `Event ${modal.eventId} is not on ${incident.id}.`, tone: 'muted' as const }]), [event, modal.eventId, incident.id]);
  const title = event ? `Timeline event #${event.seq} of ${incident.id} · ${event.type}` : 'Timeline event';
  return <TextLinesDialog rect={rect} title={title} lines={lines} offset={modal.offset} keys="j/k scroll · Space pages · g/G top/end · Esc closes" />;
}
