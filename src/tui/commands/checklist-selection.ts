/** The Checklist pane as the command handlers see it: the model for the open incident and the selected row. */
import type { ChecklistRow } from '../../domain/checklist/checklist-rows.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { memoChecklistPaneModel, type ChecklistPaneModel } from '../panes/checklist-rows.js';
import { selectIncident } from '../state/selectors.js';
import type { CommandEnv } from './command-env.js';

export interface ChecklistContext {
  incident: IncidentState;
  model: ChecklistPaneModel;
}

/** The open incident and its checklist model, or undefined on the start screen. */
export function checklistContext(env: CommandEnv): ChecklistContext | undefined {
  const state = env.store.getState();
  const incident = selectIncident(state);
  if (!incident) return undefined;
  return { incident, model: memoChecklistPaneModel(incident, env.loaded.config.runbooks, state.checklist) };
}

/** The checklist row under the pane's cursor (the first row until the cursor moves). */
export function selectedChecklistRow(env: CommandEnv): ChecklistRow | undefined {
  const context = checklistContext(env);
  if (!context) return undefined;
  const entries = context.model.entries;
  const selected = env.store.getState().ui.scroll.checklist.selected ?? 0;
  return entries[Math.max(0, Math.min(entries.length - 1, selected))];
}
