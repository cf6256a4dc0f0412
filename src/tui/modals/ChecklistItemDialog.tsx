/** Enter on a checklist item: where it sits, who ticked it, its linked check, notes, suggested commands (never run) and links. */
import { itemDialogLines } from '../presentation/checklist-item-view.js';
import type { Rect } from '../presentation/layout.js';
import type { ChecklistItemModal } from '../state/checklist-modals.js';
import { useConsoleState } from '../state/console-store.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { useCommandEnv } from '../commands/command-env-context.js';
import { memoChecklistPaneModel } from '../panes/checklist-rows.js';
import { TextLinesDialog } from './TextLinesDialog.js';

/** Reads the item from the live checklist, so a tick by anyone shows while the dialog is open. */
export function ChecklistItemDialog({ rect, modal, incident }: { rect: Rect; modal: ChecklistItemModal; incident: IncidentState }) {
  const { loaded } = useCommandEnv();
  const checklist = useConsoleState((s) => s.checklist);
  const now = useConsoleState((s) => s.now);
  const view = memoChecklistPaneModel(incident, loaded.config.runbooks, checklist).view;
  const lines = view ? itemDialogLines(view, modal.key, incident, checklist.running, new Date(now).toISOString()) : undefined;
  return (
    <TextLinesDialog
      rect={rect}
      title="Checklist item"
      lines={lines ?? [{ text: 'This item is no longer on the checklist (its runbook changed or was taken off).', tone: 'warning' }]}
      offset={modal.offset}
      keys="j/k scroll · Space ticks · r runs its check · Esc closes"
    />
  );
}
