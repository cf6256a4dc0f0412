/** The Recent changes pane: what changed before the incident, suspects first. */
import type { IncidentState } from '../../domain/incident-state.js';
import type { Rect } from '../presentation/layout.js';
import { ListPane } from './ListPane.js';

/** Changes, one row each; rows come from changes-rows.ts. */
export function ChangesPane({ rect, incident }: { rect: Rect; incident: IncidentState }) {
  return <ListPane pane="changes" rect={rect} incident={incident} />;
}
