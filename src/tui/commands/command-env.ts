/** What command handlers may use: the store, the incident service, and the session's controls. */
import type { ChangeService } from '../../changes/change-service.js';
import type { CheckService } from '../../checks/check-service.js';
import type { TerminalSink } from '../../comms/targets/clipboard-target.js';
import type { LoadedConfig } from '../../config/load-config.js';
import type { DrillFeed } from '../../drill/drill-feed.js';
import type { IncidentService } from '../../incidents/incident-service.js';
import type { ChecklistService } from '../../runbooks/checklist-service.js';
import type { ConsoleStore } from '../state/console-store.js';
import type { WriteTracker } from './write-tracker.js';

export interface CommandEnv {
  store: ConsoleStore;
  incidents: IncidentService;
  checks: CheckService;
  /** Change sources: the Recent changes pane's details and marks (its view is loaded by the changes loader). */
  changes: ChangeService;
  /** Runbooks and the incident's checklist: ticking and attaching go through the incident service. */
  checklist: ChecklistService;
  loaded: LoadedConfig;
  actor: string;
  readOnly: boolean;
  writes: WriteTracker;
  /** Re-reads the event log now (after our own write, so it shows without waiting for the watcher). */
  reload(): void;
  /** Leaves the console through the one shutdown path. */
  quit(): void;
  /** Repaints every row of the terminal. */
  redraw(): void;
  /** The console's own terminal output, for sequences that print nothing (the OSC 52 clipboard). */
  terminal: TerminalSink;
  /** Set in a drill: what the drill reports to the console (briefing, its check results, problems). */
  drill?: DrillFeed;
}

/** A command handler; `key` is the key that triggered it (for bindings with several keys). */
export type CommandHandler = (env: CommandEnv, key: string) => void;
