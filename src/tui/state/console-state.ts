/** The console's state: the incidents (a fold of the event log), the clock, and the ui slice. */
import type { FlowState } from '../../domain/actions/action-flow.js';
import type { ViewLine } from '../presentation/action-view.js';
import type { IncidentState } from '../../domain/incident-state.js';
import type { Role } from '../../domain/roles.js';
import type { ComposerEvent, ComposerModal } from './composer-flow.js';
import type { FollowupDraft, FollowupStep } from './followup-draft.js';
import type { ResolveEvent, ResolveModal } from './resolve-dialog.js';
import type { ChecklistModal } from './checklist-modals.js';
import { initialChecklistState, type ChecklistAction, type ChecklistState } from './checklist-state.js';
import { initialChangesState, type ChangesAction, type ChangesState } from './changes-state.js';
import type { ReplayAction, ReplayState } from './replay-state.js';
import { initialCheckRunsState, type CheckRunsAction, type CheckRunsState } from './check-runs-state.js';

export const PANES = ['checks', 'changes', 'checklist', 'timeline'] as const;
export type PaneId = (typeof PANES)[number];

export const PANE_TITLES: Record<PaneId, string> = {
  checks: 'Checks',
  changes: 'Recent changes',
  checklist: 'Checklist',
  timeline: 'Timeline',
};

/** A modal that takes typed text; while it is on top the console is in insert mode. */
export type TextModal = { kind: 'text'; text: string; cursor: number } & (
  | { purpose: 'note'; fromDraft?: boolean }
  | { purpose: 'declare-title' }
  | { purpose: 'role-name'; role: Role }
  | { purpose: 'action-confirm'; prompt: string; details?: readonly ViewLine[] }
  | { purpose: 'resolve-reason' }
  | { purpose: 'followup'; step: FollowupStep; draft: FollowupDraft }
  | { purpose: 'replay-minute' }
  | { purpose: 'root-cause' }
  | { purpose: 'tags' }
);

/** A list to choose one entry from. A severity picker with a title is the second step of declaring. */
export type PickerModal =
  | { kind: 'severity'; index: number; title?: string }
  | { kind: 'roles'; index: number }
  | { kind: 'status'; index: number };

/** The guided mitigation dialog: the flow's state, mirrored from its driver; `offset` scrolls a step that does not fit. */
export type ActionModal = { kind: 'action'; flow: FlowState; offset?: number };

/** Asks before marking the incident mitigated (M), showing the checks' last results. */
export type MitigateModal = { kind: 'mitigate' };

/** A change's details (a commit's `git show --stat`, a deploy's record), scrolled by `offset`. */
export type ChangeDetailsModal = { kind: 'change-details'; changeId: string; title: string; lines: string[]; offset: number; loading: boolean; error?: string };

/** One timeline event in full (Enter in the Timeline pane), scrolled by `offset`. */
export type EventDetailsModal = { kind: 'event-details'; eventId: string; offset: number };

/** One check's last result, output and perfdata (v in the Checks pane), scrolled by `offset`. */
export type CheckDetailsModal = { kind: 'check-details'; name: string; offset: number };

/** The update history (U), scrolled by `offset`. */
export type UpdatesModal = { kind: 'updates'; offset: number };

/** Asks before flagging (or clearing) a possible personal-data breach. */
export type BreachModal = { kind: 'breach'; flag: boolean };

/** The incident's follow-up action items (F), `index` selecting one (open ones first). */
export type FollowupsModal = { kind: 'followups'; index: number };

export type Modal = TextModal | PickerModal | ActionModal | MitigateModal | ChangeDetailsModal | EventDetailsModal | ChecklistModal | CheckDetailsModal | ComposerModal | UpdatesModal | BreachModal | ResolveModal | FollowupsModal | { kind: 'help'; offset: number } | { kind: 'quit' };

export type Mode = 'normal' | 'insert';

export interface PaneScroll {
  /** Selected row; null = the default (first row, or the newest timeline entry). */
  selected: number | null;
  /** First visible row. */
  offset: number;
}

export type FlashTone = 'info' | 'success' | 'warning' | 'error';

export interface Flash {
  id: number;
  text: string;
  tone: FlashTone;
  /** The incident on screen when it was shown: it is cleared when another one is opened. */
  incidentId?: string;
}

export interface Viewport {
  columns: number;
  rows: number;
}

export interface UiState {
  screen: 'start' | 'incident';
  /** The incident open in the console (screen = incident). */
  incidentId: string | undefined;
  focus: PaneId;
  /** Top of the stack is last. */
  modals: Modal[];
  mode: Mode;
  scroll: Record<PaneId, PaneScroll>;
  /** Selected row on the start screen. */
  startSelected: number;
  flash: Flash | undefined;
  nextFlashId: number;
  viewport: Viewport;
}

export interface DataState {
  phase: 'loading' | 'ready';
  /** Every incident in the store, in declaration order. */
  incidents: IncidentState[];
  /** Why the last read failed; the last good incidents stay on screen. */
  loadError: string | undefined;
}

export interface ConsoleState {
  data: DataState;
  /** Wall-clock milliseconds, advanced once a second. */
  now: number;
  ui: UiState;
  /** The Checklist pane's runbook files, folds and linked checks running. */
  checklist: ChecklistState;
  /** The Recent changes pane's window and the view loaded in the background. */
  changes: ChangesState;
  /** Set in a replay console: the cursor the incident on screen and `now` follow. */
  replay?: ReplayState;
  /** Checks this console is running, and the output of the last run of each. */
  checkRuns: CheckRunsState;
}

export type CursorMove = 'up' | 'down' | 'top' | 'bottom' | 'pageup' | 'pagedown';

export type ConsoleAction =
  | { type: 'data/loaded'; incidents: IncidentState[] }
  | ChecklistAction
  | { type: 'data/failed'; error: string }
  | { type: 'clock/tick'; now: number }
  | { type: 'viewport/resized'; viewport: Viewport }
  | { type: 'focus/cycle'; delta: 1 | -1 }
  | { type: 'focus/set'; pane: PaneId }
  | { type: 'cursor/move'; pane: PaneId; move: CursorMove; count: number; height: number }
  | { type: 'cursor/select'; pane: PaneId; index: number; count: number; height: number }
  | { type: 'start/move'; move: CursorMove; count: number }
  | { type: 'modal/open'; modal: Modal }
  | { type: 'modal/close' }
  | { type: 'modal/replace'; modal: Modal }
  | { type: 'modal/text'; text: string; cursor: number }
  | { type: 'modal/pick'; index: number }
  | { type: 'modal/flow'; flow: FlowState }
  | { type: 'modal/composer'; event: ComposerEvent }
  | { type: 'modal/resolve'; event: ResolveEvent }
  | { type: 'flash/show'; text: string; tone: FlashTone }
  | { type: 'flash/expire'; id: number }
  | { type: 'incident/open'; incidentId: string }
  | { type: 'incident/leave' }
  | ReplayAction
  | ChangesAction
  | CheckRunsAction;

const emptyScroll = (): Record<PaneId, PaneScroll> => ({
  checks: { selected: null, offset: 0 },
  changes: { selected: null, offset: 0 },
  checklist: { selected: null, offset: 0 },
  timeline: { selected: null, offset: 0 },
});

/** The state a console starts in: loading, on the incident it was asked for (if any). */
export function initialConsoleState(options: { now: number; viewport: Viewport; incidentId?: string | undefined }): ConsoleState {
  return {
    data: { phase: 'loading', incidents: [], loadError: undefined },
    now: Math.floor(options.now / 1000) * 1000,
    ui: {
      screen: options.incidentId ? 'incident' : 'start',
      incidentId: options.incidentId,
      focus: 'timeline',
      modals: [],
      mode: 'normal',
      scroll: emptyScroll(),
      startSelected: 0,
      flash: undefined,
      nextFlashId: 1,
      viewport: options.viewport,
    },
    checklist: initialChecklistState(),
    changes: initialChangesState(),
    checkRuns: initialCheckRunsState(),
  };
}

/** Fresh scroll positions (used when another incident is opened). */
export function resetScroll(): Record<PaneId, PaneScroll> {
  return emptyScroll();
}
