/** Checklist pane rows: checklist items ticked or unticked on the incident log. */
import type { IncidentState } from '../../domain/incident-state.js';
import { memoRows, type PaneRow } from './pane-row.js';

export const CHECKLIST_EMPTY = 'No checklist yet — runbook items appear here (`runbooks:` in warroom.yaml)';

/** One row per item, in the order they were first touched. */
export const checklistRows = memoRows((incident: IncidentState): PaneRow[] =>
  Object.entries(incident.checklist).map(([key, tick]) => ({
    key,
    segments: [
      { text: tick.checked ? '[x] ' : '[ ] ', tone: tick.checked ? 'ok' : 'muted' },
      { text: tick.text, tone: tick.checked ? 'muted' : 'normal' },
    ],
  })),
);
