/** The Checklist pane: runbook items for this incident, ticked or not. */
import type { IncidentState } from '../../domain/incident-state.js';
import type { Rect } from '../presentation/layout.js';
import { ListPane } from './ListPane.js';

/** Checklist items, one row each; rows come from checklist-rows.ts. */
export function ChecklistPane({ rect, incident }: { rect: Rect; incident: IncidentState }) {
  return <ListPane pane="checklist" rect={rect} incident={incident} />;
}
