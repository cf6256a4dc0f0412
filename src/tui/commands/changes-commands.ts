/**
 * Commands of the Recent changes pane: details of the selected change, marking it as the
 * suspected trigger (or clearing the mark), widening or narrowing the window, reading the
 * sources again; and scrolling the details dialog.
 */
import { clearSuspectMark, markSuspect } from '../../changes/suspect-marks.js';
import type { ChangeRow } from '../../domain/changes/change-view.js';
import { narrowWindow, widenWindow, windowLabel } from '../../domain/changes/change-window.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { changesSelection } from '../panes/changes-selection.js';
import { detailsLineCount } from '../presentation/change-details-view.js';
import { consoleLayout, dialogContentHeight } from '../presentation/layout.js';
import { effectiveWindowMs } from '../state/changes-state.js';
import type { ChangeDetailsModal } from '../state/console-state.js';
import { selectIncident } from '../state/selectors.js';
import type { CommandEnv, CommandHandler } from './command-env.js';
import { performWrite } from './perform-write.js';

const flash = (env: CommandEnv, text: string, tone: 'info' | 'warning' = 'info') => env.store.dispatch({ type: 'flash/show', text, tone });

/** The open incident and the change under the pane's cursor (a change's flag and caution rows count as it). */
function selectedChange(env: CommandEnv): { incident: IncidentState; row: ChangeRow } | undefined {
  const state = env.store.getState();
  const incident = selectIncident(state);
  const selection = changesSelection(state, env.loaded);
  if (!incident || !selection) return undefined;
  const row = selection.index === null ? undefined : selection.model.changes[selection.index];
  if (!row) flash(env, 'Select a change first (j/k): this row is not one');
  return row ? { incident, row } : undefined;
}

/** Enter on a problem row: every source problem in full, bad lines listed. */
function showProblems(env: CommandEnv): boolean {
  const selection = changesSelection(env.store.getState(), env.loaded);
  const key = selection && selection.index !== null ? selection.model.rows[selection.index]?.key : undefined;
  if (!selection || !key?.startsWith('problem/')) return false;
  const lines = [...selection.model.problemDetails, '', 'The other sources are shown; Ctrl-R reads them all again.'];
  env.store.dispatch({ type: 'modal/open', modal: { kind: 'change-details', changeId: '', title: 'Change sources with problems', lines, offset: 0, loading: false } });
  return true;
}

/** Opens the details dialog at once and fills it when the commit's stat (or the record) is read. */
function showDetails(env: CommandEnv): void {
  if (showProblems(env)) return;
  const found = selectedChange(env);
  if (!found) return;
  const change = found.row.change;
  const title = `Change ${found.row.shortId}`;
  const modal: ChangeDetailsModal = { kind: 'change-details', changeId: change.id, title, lines: [], offset: 0, loading: true };
  env.store.dispatch({ type: 'modal/open', modal });
  void env.changes.details(change).then(
    (details) => replaceDetails(env, change.id, (m) => ({ ...m, lines: details.lines, loading: false, ...(details.error ? { error: details.error } : {}) })),
    (error: unknown) => replaceDetails(env, change.id, (m) => ({ ...m, loading: false, error: error instanceof Error ? error.message : String(error) })),
  );
}

/** Updates the details dialog only if it is still the one on top for that change. */
function replaceDetails(env: CommandEnv, changeId: string, update: (modal: ChangeDetailsModal) => ChangeDetailsModal): void {
  const top = env.store.getState().ui.modals.at(-1);
  if (top?.kind === 'change-details' && top.changeId === changeId) env.store.dispatch({ type: 'modal/replace', modal: update(top) });
}

function scrollDetails(env: CommandEnv, by: (page: number) => number): void {
  const state = env.store.getState();
  const top = state.ui.modals.at(-1);
  if (top?.kind !== 'change-details') return;
  const body = consoleLayout(state.ui.viewport).body;
  const page = dialogContentHeight(body);
  const max = Math.max(0, detailsLineCount(top, body.width) - page);
  const offset = Math.min(max, Math.max(0, top.offset + by(page)));
  if (offset !== top.offset) env.store.dispatch({ type: 'modal/replace', modal: { ...top, offset } });
}

const describe = (row: ChangeRow) => `${row.change.kind} ${row.change.title}`;

/** m: marks the selected change as the suspected trigger; on a marked one, clears the mark. */
function toggleMark(env: CommandEnv): void {
  const found = selectedChange(env);
  if (!found) return;
  const { incident, row } = found;
  if (incident.suspects.some((s) => s.changeId === row.change.id)) return clearMark(env);
  void performWrite(env, () => markSuspect(env.incidents, incident.id, row.change), () => `Marked as the suspected trigger: ${describe(row)} (rollback acts on it; m again clears)`);
}

/** x: clears the selected change's suspected-trigger mark (also a mark whose change is outside the window). */
function clearMark(env: CommandEnv): void {
  const state = env.store.getState();
  const selection = changesSelection(state, env.loaded);
  const key = selection && selection.index !== null ? selection.model.rows[selection.index]?.key : undefined;
  const incidentId = state.ui.incidentId;
  if (key?.startsWith('marked/') && incidentId) {
    const changeId = key.slice('marked/'.length);
    void performWrite(env, () => clearSuspectMark(env.incidents, incidentId, changeId), () => `Cleared the suspect mark: ${changeId}`);
    return;
  }
  const found = selectedChange(env);
  if (!found) return;
  const { incident, row } = found;
  if (!incident.suspects.some((s) => s.changeId === row.change.id)) return flash(env, `${describe(row)} is not marked as a suspect`);
  void performWrite(env, () => clearSuspectMark(env.incidents, incident.id, row.change.id), () => `Cleared the suspect mark: ${describe(row)}`);
}

function resize(env: CommandEnv, step: (windowMs: number) => number, limit: string): void {
  const state = env.store.getState();
  const incident = selectIncident(state);
  if (!incident) return;
  if (env.changes.sources.length === 0) return flash(env, 'No change sources configured: add `changes:` to warroom.yaml');
  const current = effectiveWindowMs(state.changes, incident.id, env.changes.defaultWindowMs);
  const next = step(current);
  if (next === current) return flash(env, `Already the ${limit} window (${windowLabel(current)} before detection)`);
  env.store.dispatch({ type: 'changes/window', incidentId: incident.id, windowMs: next });
  flash(env, `Showing changes from ${windowLabel(next)} before detection`);
}

export const changesCommands = {
  'changes.details': (env) => showDetails(env),
  'changes.mark': (env) => toggleMark(env),
  'changes.clear': (env) => clearMark(env),
  'changes.widen': (env) => resize(env, widenWindow, 'widest'),
  'changes.narrow': (env) => resize(env, narrowWindow, 'narrowest'),
  'changes.refresh': (env) => {
    if (env.changes.sources.length === 0) return flash(env, 'No change sources configured: add `changes:` to warroom.yaml');
    env.store.dispatch({ type: 'changes/refresh' });
    flash(env, 'Reading the change sources again…');
  },
  'details.down': (env) => scrollDetails(env, () => 1),
  'details.up': (env) => scrollDetails(env, () => -1),
  'details.pagedown': (env) => scrollDetails(env, (page) => page),
  'details.pageup': (env) => scrollDetails(env, (page) => -page),
  'details.close': (env) => env.store.dispatch({ type: 'modal/close' }),
} satisfies Record<string, CommandHandler>;
