/** Recent changes pane rows: the changes marked as suspects on the incident log. */
import type { IncidentState } from '../../domain/incident-state.js';
import { memoRows, type PaneRow } from './pane-row.js';

export const CHANGES_EMPTY = 'No recent changes — add change sources (`changes:` git, deploys) to warroom.yaml';
export const CHANGES_NONE_SUSPECT = 'No change marked as suspect yet';

/** One row per suspect change, most recently changed first. */
export const changesRows = memoRows((incident: IncidentState): PaneRow[] =>
  [...incident.suspects]
    .sort((a, b) => Date.parse(b.changedAt) - Date.parse(a.changedAt))
    .map((change) => ({
      key: change.changeId,
      segments: [
        { text: 'SUSPECT ', tone: 'critical' },
        { text: `${change.kind}${change.ref ? ` ${change.ref}` : ''} `, tone: 'warning' },
        { text: change.title, tone: 'normal' },
      ],
    })),
);
