/** The Timeline pane: every event of the incident, newest at the bottom, followed unless scrolled back. */
import type { IncidentState } from '../../domain/incident-state.js';
import type { Rect } from '../presentation/layout.js';
import { ListPane } from './ListPane.js';

/** Timeline entries, one row each; rows come from timeline-rows.ts. */
export function TimelinePane({ rect, incident }: { rect: Rect; incident: IncidentState }) {
  return <ListPane pane="timeline" rect={rect} incident={incident} />;
}
