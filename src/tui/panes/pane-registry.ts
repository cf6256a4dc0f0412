/**
 * What each pane lists and says when it has nothing. The cursor keys and the pane components both
 * read rows from here, so a pane's content is defined in one place.
 */
import type { LoadedConfig } from '../../config/load-config.js';
import type { IncidentState } from '../../domain/incident-state.js';
import type { Anchor } from '../presentation/list-window.js';
import type { ChangesState } from '../state/changes-state.js';
import type { ChecklistState } from '../state/checklist-state.js';
import type { PaneId } from '../state/console-state.js';
import { CHANGES_EMPTY, memoChangesPaneModel, type ChangesSettings } from './changes-rows.js';
import { CHECKLIST_EMPTY, memoChecklistPaneModel } from './checklist-rows.js';
import { CHECKS_EMPTY, checksRows } from './checks-rows.js';
import type { PaneRow } from './pane-row.js';
import { timelineRows } from './timeline-rows.js';

export interface PaneDefinition {
  anchor: Anchor;
  /** `changes` is the console's changes slice (what the background loader found). */
  rows(incident: IncidentState, loaded: LoadedConfig, changes: ChangesState, checklist: ChecklistState): PaneRow[];
  /** Shown instead of rows when there are none: what is missing and how to add it. */
  empty(loaded: LoadedConfig): string;
  /** The title's note; the row count when absent. */
  info?(incident: IncidentState, loaded: LoadedConfig, changes: ChangesState, checklist: ChecklistState): string;
}

/** What the changes pane needs from the config. */
export function changesSettings(loaded: LoadedConfig): ChangesSettings {
  const c = loaded.config.changes;
  return { sourceCount: c.git.length + c.deploys.length + c.changeLogs.length, defaultWindowMs: c.window };
}

export const PANE_DEFINITIONS: Record<PaneId, PaneDefinition> = {
  checks: {
    anchor: 'top',
    rows: (incident, loaded) => checksRows(incident, loaded.config.checks),
    empty: () => CHECKS_EMPTY,
  },
  changes: {
    anchor: 'top',
    rows: (incident, loaded, changes) => memoChangesPaneModel(incident, changes, changesSettings(loaded)).rows,
    empty: () => CHANGES_EMPTY,
    info: (incident, loaded, changes) => memoChangesPaneModel(incident, changes, changesSettings(loaded)).info,
  },
  checklist: {
    anchor: 'top',
    rows: (incident, loaded, _changes, checklist) => memoChecklistPaneModel(incident, loaded.config.runbooks, checklist).rows,
    empty: () => CHECKLIST_EMPTY,
    info: (incident, loaded, _changes, checklist) => memoChecklistPaneModel(incident, loaded.config.runbooks, checklist).info,
  },
  timeline: {
    anchor: 'bottom',
    rows: (incident) => timelineRows(incident),
    empty: () => 'Nothing on the timeline yet',
  },
};
