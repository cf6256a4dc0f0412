/** The Checks pane: configured diagnostic checks and their latest results. */
import type { IncidentState } from '../../domain/incident-state.js';
import type { Rect } from '../presentation/layout.js';
import { ListPane } from './ListPane.js';

/** Checks, one row each; rows come from checks-rows.ts. */
export function ChecksPane({ rect, incident }: { rect: Rect; incident: IncidentState }) {
  return <ListPane pane="checks" rect={rect} incident={incident} />;
}
