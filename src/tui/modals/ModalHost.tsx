/** Draws the dialog on top of the modal stack in the body area. */
import type { IncidentState } from '../../domain/incident-state.js';
import type { Rect } from '../presentation/layout.js';
import { useConsoleState } from '../state/console-store.js';
import { selectTopModal } from '../state/selectors.js';
import { ActionModal } from './ActionModal.js';
import { ChecklistItemDialog } from './ChecklistItemDialog.js';
import { CheckDetailsModal } from './CheckDetailsModal.js';
import { ChangeDetailsDialog } from './ChangeDetailsDialog.js';
import { BreachConfirm } from './BreachConfirm.js';
import { ComposerDialog } from './composer/ComposerDialog.js';
import { EventDetails } from './EventDetails.js';
import { FollowupsDialog } from './FollowupsDialog.js';
import { HelpOverlay } from './HelpOverlay.js';
import { MitigateConfirm } from './MitigateConfirm.js';
import { QuitConfirm } from './QuitConfirm.js';
import { ResolveDialog } from './ResolveDialog.js';
import { RolePicker } from './RolePicker.js';
import { RunbookPicker } from './RunbookPicker.js';
import { RunbookReader } from './RunbookReader.js';
import { SeverityPicker } from './SeverityPicker.js';
import { StatusPicker } from './StatusPicker.js';
import { TextPrompt } from './TextPrompt.js';
import { UpdateHistory } from './UpdateHistory.js';

/** `incident` is undefined on the start screen (declaring, help, quit). */
export function ModalHost({ rect, incident }: { rect: Rect; incident?: IncidentState | undefined }) {
  const modal = useConsoleState(selectTopModal);
  if (!modal) return null;
  switch (modal.kind) {
    case 'text':
      return <TextPrompt rect={rect} modal={modal} incidentId={incident?.id} />;
    case 'severity':
      return <SeverityPicker rect={rect} index={modal.index} title={modal.title} current={incident?.severity} />;
    case 'status':
      return incident ? <StatusPicker rect={rect} index={modal.index} current={incident.status} /> : null;
    case 'roles':
      return incident ? <RolePicker rect={rect} index={modal.index} incident={incident} /> : null;
    case 'checklist-item':
      return incident ? <ChecklistItemDialog rect={rect} modal={modal} incident={incident} /> : null;
    case 'runbooks':
      return incident ? <RunbookPicker rect={rect} modal={modal} incident={incident} /> : null;
    case 'runbook-reader':
      return <RunbookReader rect={rect} modal={modal} />;
    case 'compose-setup':
    case 'compose-edit':
    case 'compose-discard':
    case 'compose-preview':
    case 'compose-result':
      return <ComposerDialog rect={rect} modal={modal} />;
    case 'updates':
      return incident ? <UpdateHistory rect={rect} offset={modal.offset} incident={incident} /> : null;
    case 'breach':
      return incident ? <BreachConfirm rect={rect} flag={modal.flag} incident={incident} /> : null;
    case 'help':
      return <HelpOverlay rect={rect} offset={modal.offset} />;
    case 'quit':
      return <QuitConfirm rect={rect} />;
    case 'action':
      return <ActionModal rect={rect} flow={modal.flow} offset={modal.offset} incidentId={incident?.id} mitigatedAt={incident?.milestones.mitigated} />;
    case 'mitigate':
      return incident ? <MitigateConfirm rect={rect} incident={incident} /> : null;
    case 'check-details':
      return <CheckDetailsModal rect={rect} modal={modal} incident={incident} />;
    case 'event-details':
      return incident ? <EventDetails rect={rect} modal={modal} incident={incident} /> : null;
    case 'change-details':
      return <ChangeDetailsDialog rect={rect} modal={modal} />;
    case 'resolve':
      return <ResolveDialog rect={rect} dialog={modal.dialog} />;
    case 'followups':
      return incident ? <FollowupsDialog rect={rect} incident={incident} index={modal.index} /> : null;
  }
}
