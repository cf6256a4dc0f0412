/**
 * A replay shows a recorded incident, often on another host or after the config changed: a pane
 * with nothing in it speaks of the incident at the cursor, never asks to edit warroom.yaml. Pure.
 */
import type { PaneRow } from '../panes/pane-row.js';
import type { PaneId } from '../state/console-state.js';

export const REPLAY_EMPTY: Record<PaneId, string> = {
  checks: 'No check results recorded yet at this point of the incident',
  changes: 'No change marked as a suspect yet at this point of the incident',
  checklist: 'No checklist to show: nothing ticked yet at this point, and no runbook configured here',
  timeline: 'Nothing on the timeline yet at this point of the incident',
};

/** The changes pane's note that no source is configured, as a replay says it. */
const REPLAY_NO_SOURCES = 'the changes marked during the incident (no change sources configured here to show the others)';

const cache = new WeakMap<PaneRow[], PaneRow[]>();

/** A pane's rows as a replay shows them: the same array unless a row asks to edit the config. */
export function replayRows(pane: PaneId, rows: PaneRow[]): PaneRow[] {
  if (pane !== 'changes') return rows;
  const hit = cache.get(rows);
  if (hit) return hit;
  const shown = rows.some((r) => r.key === 'no-sources')
    ? rows.map((r) => (r.key === 'no-sources' ? { key: r.key, segments: [{ text: REPLAY_NO_SOURCES, tone: 'muted' as const }] } : r))
    : rows;
  cache.set(rows, shown);
  return shown;
}
