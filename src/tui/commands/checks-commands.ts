/** Commands of the Checks pane, the check hot keys and the check detail view. */
import type { CheckDefinition } from '../../config/sections/checks.js';
import type { CheckStatus } from '../../domain/events.js';
import { checkKeyName, consoleKeymap } from '../keymap/check-keys.js';
import { checksEntries, CHECKS_EMPTY, type ChecksEntry } from '../panes/checks-rows.js';
import { checkDetailsOf } from '../presentation/check-details.js';
import { consoleLayout, dialogContentHeight } from '../presentation/layout.js';
import { tailLines } from '../state/check-runs-state.js';
import { selectIncident } from '../state/selectors.js';
import type { CommandEnv, CommandHandler } from './command-env.js';
import { flashError } from './perform-write.js';
import type { CheckResult } from '../../checks/check-runner.js';

function summarise(statuses: CheckStatus[]): string {
  const counts = new Map<CheckStatus, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
}

/** A check run finished (this console's, or the drill's loop): its output shows, and the log is re-read for its record. */
export function checkFinished(env: CommandEnv, result: CheckResult): void {
  if (result.cancelled) {
    env.store.dispatch({ type: 'checks/abandoned', name: result.name });
    return;
  }
  const stdout = tailLines(result.stdout);
  const stderr = tailLines(result.stderr);
  const { name, status, summary, timedOut, durationMs, finishedAt, exitCode, argv, perfdata } = result;
  const truncated = result.truncated || stdout.cut || stderr.cut;
  env.store.dispatch({ type: 'checks/finished', output: { name, status, summary, timedOut, durationMs, finishedAt, exitCode, argv, perfdata, stdout: stdout.lines, stderr: stderr.lines, truncated } });
  env.reload();
}

/** Runs the checks not already in flight; each result shows (and lands on the timeline) as it finishes. */
function runChecks(env: CommandEnv, definitions: readonly CheckDefinition[]): void {
  if (definitions.length === 0) {
    env.store.dispatch({ type: 'flash/show', text: CHECKS_EMPTY, tone: 'info' });
    return;
  }
  const state = env.store.getState();
  const idle = definitions.filter((d) => state.checkRuns.running[d.name] === undefined);
  if (idle.length === 0) {
    env.store.dispatch({ type: 'flash/show', text: `Already running: ${definitions.map((d) => d.name).join(', ')}`, tone: 'info' });
    return;
  }
  const names = idle.map((d) => d.name);
  env.store.dispatch({ type: 'checks/started', names, at: new Date().toISOString() });
  const what = idle.length === 1 ? `check ${names[0]}` : `${idle.length} checks`;
  env.store.dispatch({ type: 'flash/show', text: `Running ${what}…`, tone: 'info' });
  const run = env.checks.run(idle, { incidentId: state.ui.incidentId, onResult: (result) => checkFinished(env, result) });
  void env.writes.track(run).then(
    (report) => {
      env.reload();
      const done = report.results.filter((r) => !r.cancelled);
      if (done.length === 0) return;
      const problems = report.recordErrors.length > 0 ? ` (not recorded: ${report.recordErrors.join('; ')})` : '';
      env.store.dispatch({ type: 'flash/show', text: `Checks done: ${summarise(done.map((r) => r.status))}${problems}`, tone: problems ? 'warning' : 'success' });
    },
    (error: unknown) => {
      for (const name of names) env.store.dispatch({ type: 'checks/abandoned', name });
      flashError(env, error);
    },
  );
}

/** The entry under the Checks pane's cursor. */
function selectedEntry(env: CommandEnv): ChecksEntry | undefined {
  const state = env.store.getState();
  const incident = selectIncident(state);
  if (!incident) return undefined;
  const entries = checksEntries(incident, env.loaded.config.checks);
  const selected = state.ui.scroll.checks.selected ?? 0;
  return entries[Math.max(0, Math.min(entries.length - 1, selected))];
}

/** Runs the named checks that are still configured; says so when none is. */
function runNamed(env: CommandEnv, names: readonly string[]): void {
  const definitions = env.loaded.config.checks.filter((c) => names.includes(c.name));
  if (definitions.length === 0) {
    env.store.dispatch({ type: 'flash/show', text: `${names.join(', ')}: no longer in the config, so it cannot be run`, tone: 'warning' });
    return;
  }
  runChecks(env, definitions);
}

/** Enter in the pane: the selected check, or every check of the selected group heading. */
function runSelected(env: CommandEnv): void {
  const entry = selectedEntry(env);
  if (!entry) runChecks(env, []);
  else runNamed(env, entry.kind === 'group' ? entry.names : [entry.name]);
}

function openDetails(env: CommandEnv): void {
  const entry = selectedEntry(env);
  if (entry?.kind !== 'check') {
    env.store.dispatch({ type: 'flash/show', text: entry ? 'Select a check (j/k) to see its details' : CHECKS_EMPTY, tone: 'info' });
    return;
  }
  env.store.dispatch({ type: 'modal/open', modal: { kind: 'check-details', name: entry.name, offset: 0 } });
}

/** Scrolls the detail view by `delta` lines (or pages when `pages`), kept inside its text. */
function scrollDetails(env: CommandEnv, delta: number, pages = false): void {
  const state = env.store.getState();
  const top = state.ui.modals.at(-1);
  if (top?.kind !== 'check-details') return;
  const height = dialogContentHeight(consoleLayout(state.ui.viewport).body);
  const max = Math.max(0, checkDetailsOf(state, env.loaded.config.checks, top.name).length - height);
  const offset = Math.max(0, Math.min(max, top.offset + (pages ? delta * height : delta)));
  if (offset !== top.offset) env.store.dispatch({ type: 'modal/replace', modal: { ...top, offset } });
}

export const checksCommands = {
  'checks.run': (env) => runChecks(env, env.checks.definitions()),
  'checks.run-selected': (env) => runSelected(env),
  'checks.hotkey': (env, key) => runChecks(env, env.loaded.config.checks.filter((c) => c.key !== undefined && checkKeyName(c.key) === key)),
  'checks.details': (env) => openDetails(env),
  'check.down': (env) => scrollDetails(env, 1),
  'check.up': (env) => scrollDetails(env, -1),
  'check.pagedown': (env) => scrollDetails(env, 1, true),
  'check.pageup': (env) => scrollDetails(env, -1, true),
  'check.rerun': (env) => {
    const top = env.store.getState().ui.modals.at(-1);
    if (top?.kind === 'check-details') runNamed(env, [top.name]);
  },
  'check.close': (env) => env.store.dispatch({ type: 'modal/close' }),
} satisfies Record<string, CommandHandler>;


/** Says once, at start, which configured check keys the console cannot honour and why. */
export function announceIgnoredCheckKeys(env: CommandEnv): void {
  const ignored = consoleKeymap(env.loaded.config.checks).ignored;
  if (ignored.length === 0) return;
  const text = ignored.map((i) => `key "${i.key}" of check ${i.check} is not used: ${i.reason}`).join('; ');
  env.store.dispatch({ type: 'flash/show', text: `${text}. Enter on it in the Checks pane runs it.`, tone: 'warning' });
}
