/** Commands of the Checklist pane and of an item's dialog: tick, open, fold, run the linked check. */
import type { ChecklistRow } from '../../domain/checklist/checklist-rows.js';
import type { CheckStatus } from '../../domain/events.js';
import { itemDialogLines } from '../presentation/checklist-item-view.js';
import { wrapLines } from '../presentation/text-lines.js';
import type { FlashTone } from '../state/console-state.js';
import type { CommandEnv, CommandHandler } from './command-env.js';
import { checklistContext, selectedChecklistRow } from './checklist-selection.js';
import { scrollDialog, type ScrollStep } from './modal-scroll.js';
import { flashError, performWrite } from './perform-write.js';
import { openReader } from './runbook-commands.js';

const STATUS_TONE: Record<CheckStatus, FlashTone> = { OK: 'success', WARNING: 'warning', CRITICAL: 'error', UNKNOWN: 'warning' };
const NOT_AN_ITEM = 'Space, Enter and r act on items; Enter folds a runbook or section';

function flash(env: CommandEnv, text: string, tone: FlashTone = 'info'): void {
  env.store.dispatch({ type: 'flash/show', text, tone });
}

/** Ticks or unticks by the item's key (`runbook#id`); decided under the store lock against a fresh read. */
function toggle(env: CommandEnv, key: string, checked: boolean): void {
  const incidentId = env.store.getState().ui.incidentId;
  void performWrite(env, () => env.checklist.toggle(key, checked, incidentId), ({ item }) => `${checked ? 'Ticked' : 'Unticked'}: ${item.text}`);
}

/** Runs one linked check; its result lands on the timeline, the item's row and its dialog. */
function runCheck(env: CommandEnv, name: string): void {
  let definitions;
  try {
    definitions = env.checks.select([name]);
  } catch (error) {
    flashError(env, error);
    return;
  }
  const state = env.store.getState();
  if (state.checklist.running.includes(name)) return flash(env, `check:${name} is already running`);
  env.store.dispatch({ type: 'checklist/check-started', name });
  flash(env, `Running check:${name}…`);
  const run = env.checks.run(definitions, { incidentId: state.ui.incidentId, onResult: () => env.reload() });
  void env.writes
    .track(run)
    .then(
      (report) => {
        const result = report.results.find((r) => !r.cancelled);
        if (!result) return;
        const problems = report.recordErrors.length > 0 ? ` (not recorded: ${report.recordErrors.join('; ')})` : '';
        flash(env, `check:${name} ${result.status}${result.summary ? `: ${result.summary}` : ''}${problems}`, problems ? 'warning' : STATUS_TONE[result.status]);
      },
      (error: unknown) => flashError(env, error),
    )
    .finally(() => env.store.dispatch({ type: 'checklist/check-finished', name }));
}

function toggleRow(env: CommandEnv, row: ChecklistRow | undefined): void {
  if (row?.kind === 'item') return toggle(env, row.key, !row.checked);
  if (row?.kind === 'removed') return flash(env, 'This item is no longer in the runbook file; its tick stays on record', 'warning');
  flash(env, row ? NOT_AN_ITEM : 'Nothing to tick: the checklist is empty (p attaches a runbook)');
}

function openRow(env: CommandEnv, row: ChecklistRow | undefined): void {
  if (!row) return flash(env, 'The checklist is empty: p attaches a runbook');
  if (row.kind === 'item' || row.kind === 'removed') {
    env.store.dispatch({ type: 'modal/open', modal: { kind: 'checklist-item', key: row.key, offset: 0 } });
    return;
  }
  // A runbook without items is a document: Enter reads it rather than folding nothing.
  if (row.kind === 'runbook' && row.total === 0 && !row.error) return openReader(env, row.key, row.title);
  env.store.dispatch({ type: 'checklist/fold', key: row.key });
}

function runRowCheck(env: CommandEnv, row: ChecklistRow | undefined): void {
  if (row?.kind === 'item' && row.check) return runCheck(env, row.check);
  flash(env, row?.kind === 'item' ? 'This item links no check (write `check:NAME` in its text in the runbook)' : NOT_AN_ITEM);
}

/** The item the open dialog shows, as the checklist has it now. */
function dialogItem(env: CommandEnv): ChecklistRow | undefined {
  const top = env.store.getState().ui.modals.at(-1);
  if (top?.kind !== 'checklist-item') return undefined;
  return checklistContext(env)?.model.entries.find((row) => row?.key === top.key);
}

function countItemLines(env: CommandEnv) {
  return (modal: { key: string }, width: number): number => {
    const context = checklistContext(env);
    const state = env.store.getState();
    if (!context?.model.view) return 0;
    const lines = itemDialogLines(context.model.view, modal.key, context.incident, state.checklist.running, new Date(state.now).toISOString());
    return lines ? wrapLines(lines, width).length : 0;
  };
}

const scrollItem = (step: ScrollStep): CommandHandler => (env) => scrollDialog(env, 'checklist-item', step, countItemLines(env));

export const checklistCommands = {
  'checklist.toggle': (env) => toggleRow(env, selectedChecklistRow(env)),
  'checklist.open': (env) => openRow(env, selectedChecklistRow(env)),
  'checklist.run-check': (env) => runRowCheck(env, selectedChecklistRow(env)),
  'checklist.refresh': (env) => {
    env.store.dispatch({ type: 'checklist/refresh' });
    flash(env, 'Reading the runbook files again');
  },
  'item.down': scrollItem(1),
  'item.up': scrollItem(-1),
  'item.pagedown': scrollItem('page'),
  'item.pageup': scrollItem('-page'),
  'item.toggle': (env) => toggleRow(env, dialogItem(env)),
  'item.run-check': (env) => runRowCheck(env, dialogItem(env)),
  'item.close': (env) => env.store.dispatch({ type: 'modal/close' }),
} satisfies Record<string, CommandHandler>;
