/**
 * Every key the console understands, as data. The dispatcher, the status bar, the help overlay
 * and docs/keybindings.md are all generated from this one table.
 */

/** Where a binding applies. Pane scopes apply only while that pane has focus. */
export type Scope =
  | 'text'
  | 'quit'
  | 'help'
  | 'roles'
  | 'picker'
  | 'action'
  | 'mitigate'
  | 'details'
  | 'event'
  | 'check'
  | 'compose-setup'
  | 'compose-edit'
  | 'compose-discard'
  | 'compose-preview'
  | 'compose-result'
  | 'updates'
  | 'breach'
  | 'resolve'
  | 'followups'
  | 'start'
  | 'pane:checks'
  | 'pane:changes'
  | 'pane:checklist'
  | 'pane:timeline'
  | 'checklist-item'
  | 'runbooks'
  | 'reader'
  | 'replay'
  | 'incident'
  | 'global';

export const SCOPE_TITLES: Record<Scope, string> = {
  text: 'Typing text (a note, a name, a title)',
  quit: 'Quit confirmation',
  help: 'This help',
  roles: 'Role picker',
  picker: 'Any picker (severity, status, roles)',
  action: 'Mitigation dialog (a)',
  mitigate: 'Mark mitigated confirmation (M)',
  details: 'Change details (Enter in Recent changes)',
  event: 'Timeline event in full (Enter in the Timeline pane)',
  check: 'Check details (v in the Checks pane)',
  'compose-setup': 'Status update composer (c): kind and audience',
  'compose-edit': 'Writing a status update (Enter starts a new line; arrows, Home/End, Ctrl-A/E/U/K/W edit)',
  'compose-discard': 'Leaving the update editor',
  'compose-preview': 'Update preview: lint warnings and targets',
  'compose-result': 'Update posted: result per target',
  updates: 'Update history (U)',
  breach: 'Possible personal-data breach confirmation (b)',
  resolve: 'Resolve dialog (R)',
  followups: 'Follow-up action items (F)',
  start: 'Start screen (no incident open)',
  'pane:checks': 'Checks pane',
  'pane:changes': 'Recent changes pane',
  'pane:checklist': 'Checklist pane',
  'pane:timeline': 'Timeline pane',
  'checklist-item': 'Checklist item (Enter on an item)',
  runbooks: 'Runbook picker (p in the Checklist pane)',
  reader: 'Reading a runbook',
  replay: 'Replay (warroom replay INCIDENT): read-only, the incident as it was at the cursor event',
  incident: 'Incident screen, any pane',
  global: 'Everywhere except while typing',
};

/**
 * One binding. `label` (a word or two) puts it in the status bar; `mutates` marks commands that
 * append to the incident log (disabled, with the reason, in a read-only console); `dangerous`
 * ones ask for confirmation first.
 */
export interface KeyBinding {
  command: string;
  keys: readonly string[];
  scope: Scope;
  description: string;
  label?: string;
  mutates?: boolean;
  dangerous?: boolean;
  /** A `mutates` binding that still works on a resolved incident (the resolution notice, the breach flag). */
  afterResolution?: boolean;
  /** Disabled, with the reason, once the incident is marked mitigated (marking it again). */
  beforeMitigation?: boolean;
  /** For `mutates` bindings: what would be written, said when a read-only console refuses it. */
  writes?: string;
  /** Works while the terminal is too small to show the console; every other key is ignored then. */
  anySize?: boolean;
}

const CHECK_WRITES = 'running a check writes to the log';

/** The scroll keys of a text view (a runbook being read, the help, an event in full): the same in each. */
function textViewScrollRows<P extends string, S extends Scope>(prefix: P, scope: S) {
  return [
    { command: `${prefix}.down`, keys: ['j', 'down'], scope, description: 'Scroll down', label: 'scroll' },
    { command: `${prefix}.up`, keys: ['k', 'up'], scope, description: 'Scroll up' },
    { command: `${prefix}.pagedown`, keys: ['pagedown', 'space', 'C-d'], scope, description: 'Scroll down one page', label: 'page' },
    { command: `${prefix}.pageup`, keys: ['pageup', 'b', 'C-u'], scope, description: 'Scroll up one page' },
    { command: `${prefix}.top`, keys: ['g', 'home'], scope, description: 'Go to the top' },
    { command: `${prefix}.bottom`, keys: ['G', 'end'], scope, description: 'Go to the end' },
  ] as const;
}

const TABLE = [
  // While typing only these two keys act; every other key goes into the text.
  { command: 'text.submit', keys: ['enter'], scope: 'text', description: 'Save what you typed', label: 'save' },
  { command: 'text.cancel', keys: ['esc', 'C-c'], scope: 'text', description: 'Cancel; nothing is written', label: 'cancel' },

  { command: 'quit.confirm', keys: ['y', 'q', 'enter', 'C-c'], scope: 'quit', description: 'Quit the console', label: 'quit', anySize: true },
  { command: 'quit.cancel', keys: ['n', 'esc'], scope: 'quit', description: 'Stay in the console', label: 'stay', anySize: true },

  { command: 'checklist.toggle', keys: ['space'], scope: 'pane:checklist', description: 'Tick or untick the selected item (recorded with who, when and the runbook file\'s version)', label: 'tick', mutates: true },
  { command: 'checklist.open', keys: ['enter'], scope: 'pane:checklist', description: 'The selected item\'s notes, suggested commands and links; on a runbook or section row, fold or unfold it', label: 'details' },
  { command: 'checklist.run-check', keys: ['r'], scope: 'pane:checklist', description: 'Run the check the selected item links (`check:NAME`); the result goes on the timeline', label: 'run check', mutates: true },
  { command: 'checklist.runbooks', keys: ['p'], scope: 'pane:checklist', description: 'Runbook picker: attach another runbook to the checklist, or read one', label: 'runbooks' },
  { command: 'checklist.refresh', keys: ['C-r'], scope: 'pane:checklist', description: 'Read the runbook files again now (a saved edit also shows on its own within a second or so)' },

  { command: 'item.down', keys: ['j', 'down'], scope: 'checklist-item', description: 'Scroll down', label: 'scroll' },
  { command: 'item.up', keys: ['k', 'up'], scope: 'checklist-item', description: 'Scroll up' },
  { command: 'item.pagedown', keys: ['pagedown', 'C-d'], scope: 'checklist-item', description: 'Scroll down one page' },
  { command: 'item.pageup', keys: ['pageup', 'C-u'], scope: 'checklist-item', description: 'Scroll up one page' },
  { command: 'item.toggle', keys: ['space'], scope: 'checklist-item', description: 'Tick or untick this item', label: 'tick', mutates: true },
  { command: 'item.run-check', keys: ['r'], scope: 'checklist-item', description: 'Run the check this item links; the result shows here and on the timeline', label: 'run check', mutates: true },
  { command: 'item.close', keys: ['esc', 'q', 'enter', 'C-c'], scope: 'checklist-item', description: 'Close the item', label: 'close' },

  { command: 'runbooks.down', keys: ['j', 'down'], scope: 'runbooks', description: 'Next runbook', label: 'move' },
  { command: 'runbooks.up', keys: ['k', 'up'], scope: 'runbooks', description: 'Previous runbook' },
  { command: 'runbooks.choose', keys: ['enter'], scope: 'runbooks', description: 'Attach the selected runbook to the checklist; a document (no items to tick) opens to read instead', label: 'attach' },
  { command: 'runbooks.attach', keys: ['a'], scope: 'runbooks', description: 'Attach the selected runbook, document or not (recorded with its version)', mutates: true },
  { command: 'runbooks.read', keys: ['v'], scope: 'runbooks', description: 'Read the selected runbook', label: 'read' },
  { command: 'runbooks.close', keys: ['esc', 'q', 'C-c'], scope: 'runbooks', description: 'Close the picker', label: 'close' },

  ...textViewScrollRows('reader', 'reader'),
  { command: 'reader.close', keys: ['esc', 'q', 'C-c'], scope: 'reader', description: 'Close (back to the picker when opened from it)', label: 'close' },

  ...textViewScrollRows('help', 'help'),
  { command: 'help.close', keys: ['esc', '?', 'q', 'C-c'], scope: 'help', description: 'Close the help', label: 'close' },

  { command: 'roles.take', keys: ['enter', 't'], scope: 'roles', description: 'Take the selected role yourself', label: 'take it', mutates: true },
  { command: 'roles.take-number', keys: ['1', '2', '3', '4'], scope: 'roles', description: 'Take role 1-4 yourself in one key', mutates: true },
  { command: 'roles.assign', keys: ['a'], scope: 'roles', description: 'Give the selected role to someone else (type their name)', label: 'assign', mutates: true },

  { command: 'picker.down', keys: ['j', 'down'], scope: 'picker', description: 'Next choice', label: 'move' },
  { command: 'picker.up', keys: ['k', 'up'], scope: 'picker', description: 'Previous choice' },
  { command: 'picker.choose', keys: ['enter'], scope: 'picker', description: 'Choose the selected entry', label: 'choose' },
  { command: 'picker.number', keys: ['1', '2', '3', '4'], scope: 'picker', description: 'Choose entry 1-4 directly' },
  { command: 'picker.cancel', keys: ['esc', 'q', 'C-c'], scope: 'picker', description: 'Close without changing anything', label: 'cancel' },

  { command: 'action.down', keys: ['j', 'down'], scope: 'action', description: 'Next action in the menu; in a step longer than the dialog, scroll down', label: 'move' },
  { command: 'action.up', keys: ['k', 'up'], scope: 'action', description: 'Previous action in the menu; in a step longer than the dialog, scroll up' },
  { command: 'action.proceed', keys: ['enter'], scope: 'action', description: 'Choose the action, then go on: preflight, dry run, confirmation; after an ending, back to the menu', label: 'next' },
  { command: 'action.yes', keys: ['y'], scope: 'action', description: 'Run it, when it asks for y (a typed name is asked in a text field)', label: 'run', mutates: true, dangerous: true },
  { command: 'action.mitigated', keys: ['m'], scope: 'action', description: 'Mark the incident mitigated right after a run whose verify checks passed (sets time to mitigate); otherwise it says why not', label: 'mitigated', mutates: true },
  { command: 'action.cancel', keys: ['esc'], scope: 'action', description: 'Back one step; while it runs, cancel it (kills its process group, recorded)', label: 'back' },

  { command: 'mitigated.confirm', keys: ['y'], scope: 'mitigate', description: 'Yes: mark the incident mitigated now (checks that are not OK are noted with it)', label: 'mitigated', mutates: true },
  { command: 'mitigated.cancel', keys: ['n', 'esc', 'q', 'C-c'], scope: 'mitigate', description: 'No: change nothing', label: 'no' },

  { command: 'details.down', keys: ['j', 'down'], scope: 'details', description: 'Scroll down', label: 'scroll' },
  { command: 'details.up', keys: ['k', 'up'], scope: 'details', description: 'Scroll up' },
  { command: 'details.pagedown', keys: ['pagedown', 'space', 'C-d'], scope: 'details', description: 'Scroll down one page' },
  { command: 'details.pageup', keys: ['pageup', 'C-u'], scope: 'details', description: 'Scroll up one page' },
  { command: 'details.close', keys: ['esc', 'q', 'enter', 'C-c'], scope: 'details', description: 'Close the details', label: 'close' },

  { command: 'compose.field-down', keys: ['j', 'down', 'tab'], scope: 'compose-setup', description: 'Next row (kind, audience)', label: 'row' },
  { command: 'compose.field-up', keys: ['k', 'up', 'S-tab'], scope: 'compose-setup', description: 'Previous row' },
  { command: 'compose.next-value', keys: ['l', 'right', 'space'], scope: 'compose-setup', description: 'Next value of the row: initial, update, resolution; customer, internal', label: 'change' },
  { command: 'compose.previous-value', keys: ['h', 'left'], scope: 'compose-setup', description: 'Previous value of the row' },
  { command: 'compose.write', keys: ['enter'], scope: 'compose-setup', description: 'Write it: the kept draft if there is one, else the template filled from the incident', label: 'write' },
  { command: 'updates.open', keys: ['U'], scope: 'compose-setup', description: 'Update history', label: 'history' },
  { command: 'compose.close', keys: ['esc', 'q', 'C-c'], scope: 'compose-setup', description: 'Close the composer', label: 'close' },

  { command: 'compose.preview', keys: ['C-s', 'C-d'], scope: 'compose-edit', description: 'Preview: lint warnings and targets, then post', label: 'preview' },
  { command: 'compose.leave', keys: ['esc', 'C-c'], scope: 'compose-edit', description: 'Leave the editor (asks first; the text is kept as a draft)', label: 'leave' },

  { command: 'compose.keep', keys: ['y', 'enter'], scope: 'compose-discard', description: 'Close; the text stays as a draft, offered again on the next c', label: 'keep draft' },
  { command: 'compose.discard', keys: ['d'], scope: 'compose-discard', description: 'Close and throw the draft away', label: 'discard' },
  { command: 'compose.resume', keys: ['n', 'esc'], scope: 'compose-discard', description: 'Back to writing', label: 'keep writing' },

  { command: 'compose.post', keys: ['p', 'enter'], scope: 'compose-preview', description: 'Post to the ticked targets (with lint warnings it asks for P)', label: 'post', mutates: true, afterResolution: true },
  { command: 'compose.force', keys: ['P'], scope: 'compose-preview', description: 'Post despite lint warnings (the overridden rules are recorded with the update)', mutates: true, afterResolution: true },
  { command: 'compose.target-down', keys: ['j', 'down'], scope: 'compose-preview', description: 'Next target', label: 'move' },
  { command: 'compose.target-up', keys: ['k', 'up'], scope: 'compose-preview', description: 'Previous target' },
  { command: 'compose.target-toggle', keys: ['space', 'x'], scope: 'compose-preview', description: 'Tick or untick the selected target', label: 'tick' },
  { command: 'compose.edit', keys: ['e', 'esc', 'C-c'], scope: 'compose-preview', description: 'Back to the editor', label: 'edit' },
  { command: 'updates.open', keys: ['U'], scope: 'compose-preview', description: 'Update history' },

  { command: 'compose.retry', keys: ['r'], scope: 'compose-result', description: 'Retry: back to the preview with the failed targets ticked', label: 'retry' },
  { command: 'compose.done', keys: ['enter', 'esc', 'q', 'C-c'], scope: 'compose-result', description: 'Close the composer', label: 'close' },

  { command: 'updates.down', keys: ['j', 'down'], scope: 'updates', description: 'Scroll down', label: 'scroll' },
  { command: 'updates.up', keys: ['k', 'up'], scope: 'updates', description: 'Scroll up' },
  { command: 'updates.pagedown', keys: ['pagedown', 'space', 'C-d'], scope: 'updates', description: 'Scroll down one page' },
  { command: 'updates.pageup', keys: ['pageup', 'C-u'], scope: 'updates', description: 'Scroll up one page' },
  { command: 'updates.close', keys: ['esc', 'q', 'U', 'C-c'], scope: 'updates', description: 'Close the history', label: 'close' },

  { command: 'breach.confirm', keys: ['y'], scope: 'breach', description: 'Yes: record it on the timeline', label: 'yes', mutates: true, afterResolution: true },
  { command: 'breach.cancel', keys: ['n', 'esc', 'q', 'C-c'], scope: 'breach', description: 'No: change nothing', label: 'no' },

  { command: 'resolve.confirm', keys: ['y'], scope: 'resolve', description: 'Resolve; when a check is not OK or a recovery item is open, type the reason first (recorded)', label: 'resolve', mutates: true, dangerous: true },
  { command: 'resolve.rerun', keys: ['r'], scope: 'resolve', description: 'Run every check again', label: 're-run', mutates: true },
  { command: 'resolve.compose', keys: ['c'], scope: 'resolve', description: 'Once resolved: write the resolution update (the composer opens on kind resolution)', label: 'update' },
  { command: 'resolve.export', keys: ['e'], scope: 'resolve', description: 'Once resolved: write the postmortem draft now and show where', label: 'export', mutates: true, afterResolution: true },
  { command: 'resolve.close', keys: ['esc', 'q', 'C-c'], scope: 'resolve', description: 'Close; while the checks run, stop them (nothing is resolved)', label: 'close' },

  { command: 'followups.down', keys: ['j', 'down'], scope: 'followups', description: 'Next follow-up', label: 'move' },
  { command: 'followups.up', keys: ['k', 'up'], scope: 'followups', description: 'Previous follow-up' },
  { command: 'followups.add', keys: ['a'], scope: 'followups', description: 'Add one: what, then owner (you), due date (in 14 days), priority (P2); Enter keeps each default', label: 'add', mutates: true, afterResolution: true },
  { command: 'followups.close', keys: ['x'], scope: 'followups', description: 'Close the selected follow-up: it is done', label: 'close item', mutates: true, afterResolution: true },
  { command: 'followups.cancel', keys: ['esc', 'q', 'C-c'], scope: 'followups', description: 'Close the list', label: 'close' },

  { command: 'start.down', keys: ['j', 'down'], scope: 'start', description: 'Next incident', label: 'move' },
  { command: 'start.up', keys: ['k', 'up'], scope: 'start', description: 'Previous incident' },
  { command: 'start.open', keys: ['enter'], scope: 'start', description: 'Open the selected incident', label: 'open' },
  { command: 'start.declare', keys: ['d'], scope: 'start', description: 'Declare a new incident: title, then severity', label: 'declare', mutates: true },

  { command: 'checks.run', keys: ['r'], scope: 'pane:checks', description: 'Run every configured check now; results go on the timeline', label: 'run checks', mutates: true, writes: CHECK_WRITES },
  { command: 'checks.run-selected', keys: ['enter'], scope: 'pane:checks', description: 'Run the selected check now (on a group heading: every check of the group)', label: 'run', mutates: true, writes: CHECK_WRITES },
  { command: 'checks.details', keys: ['v'], scope: 'pane:checks', description: 'Details of the selected check\'s last run: output (tail), perfdata, command', label: 'details' },

  { command: 'check.down', keys: ['j', 'down'], scope: 'check', description: 'Scroll down', label: 'scroll' },
  { command: 'check.up', keys: ['k', 'up'], scope: 'check', description: 'Scroll up' },
  { command: 'check.pagedown', keys: ['pagedown', 'space', 'C-d'], scope: 'check', description: 'Scroll down one page' },
  { command: 'check.pageup', keys: ['pageup', 'C-u'], scope: 'check', description: 'Scroll up one page' },
  { command: 'check.rerun', keys: ['r'], scope: 'check', description: 'Run this check again; the view follows the new result', label: 'run again', mutates: true, writes: CHECK_WRITES },
  { command: 'check.close', keys: ['esc', 'q', 'v', 'enter', 'C-c'], scope: 'check', description: 'Close the details', label: 'close' },
  { command: 'changes.details', keys: ['enter'], scope: 'pane:changes', description: 'Details of the selected change: a commit\'s `git show --stat`, a deploy\'s full record', label: 'details' },
  { command: 'changes.mark', keys: ['m'], scope: 'pane:changes', description: 'Mark the selected change as the suspected trigger (rollback acts on it); on a marked change, clear the mark', label: 'mark suspect', mutates: true },
  { command: 'changes.clear', keys: ['x'], scope: 'pane:changes', description: 'Clear the suspected-trigger mark of the selected change', mutates: true },
  { command: 'changes.widen', keys: ['w'], scope: 'pane:changes', description: 'Widen the window before detection one step (15m … 7d) and reload', label: 'widen' },
  { command: 'changes.narrow', keys: ['W'], scope: 'pane:changes', description: 'Narrow the window before detection one step and reload', label: 'narrow' },
  { command: 'changes.refresh', keys: ['C-r'], scope: 'pane:changes', description: 'Read every change source again' },
  { command: 'timeline.follow', keys: ['f'], scope: 'pane:timeline', description: 'Jump to the newest entry and follow new ones', label: 'follow' },
  { command: 'timeline.details', keys: ['enter'], scope: 'pane:timeline', description: 'The selected entry in full (the newest while following): its whole text, who, when, its type and data', label: 'details' },

  ...textViewScrollRows('event', 'event'),
  { command: 'event.close', keys: ['esc', 'q', 'enter', 'C-c'], scope: 'event', description: 'Close the event', label: 'close' },

  { command: 'replay.next', keys: ['l', 'right'], scope: 'replay', description: 'Next event: the incident as it was right after it', label: 'next' },
  { command: 'replay.previous', keys: ['h', 'left'], scope: 'replay', description: 'Previous event', label: 'prev' },
  { command: 'replay.later', keys: [']'], scope: 'replay', description: '5 minutes of incident time later (at least one event)', label: '+5m' },
  { command: 'replay.earlier', keys: ['['], scope: 'replay', description: '5 minutes of incident time earlier (at least one event)', label: '-5m' },
  { command: 'replay.jump', keys: [':'], scope: 'replay', description: 'Jump to a minute after detection (type the number)', label: 'jump' },
  { command: 'replay.first', keys: ['0'], scope: 'replay', description: 'First event (the declaration)' },
  { command: 'replay.last', keys: ['$'], scope: 'replay', description: 'Last event' },
  { command: 'replay.play', keys: ['space'], scope: 'replay', description: 'Play or pause: events follow at their recorded pace times the speed (long gaps shortened)', label: 'play' },
  { command: 'replay.faster', keys: ['+', '='], scope: 'replay', description: 'Play faster: 1x, 10x, 60x, 600x', label: 'speed' },
  { command: 'replay.slower', keys: ['-'], scope: 'replay', description: 'Play slower' },

  // Keys come from the config: the console puts one row per check with a `key:` in place of this one (check-keys.ts),
  // first among the incident keys so the key bar shows them right after the focused pane's own.
  { command: 'checks.hotkey', keys: [], scope: 'incident', description: 'Run one check: the key given by `key:` on the check in warroom.yaml (each is listed in the console\'s help)', mutates: true, writes: CHECK_WRITES },
  { command: 'note.add', keys: ['n'], scope: 'incident', description: 'Add a note to the timeline', label: 'note', mutates: true },
  { command: 'severity.change', keys: ['s'], scope: 'incident', description: 'Change the severity (shows what each level means)', label: 'severity', mutates: true },
  { command: 'roles.open', keys: ['o'], scope: 'incident', description: 'Assign roles, or take one yourself', label: 'roles', mutates: true },
  { command: 'status.change', keys: ['u'], scope: 'incident', description: 'Set the status: investigating, identified, monitoring', label: 'status', mutates: true },
  { command: 'compose.open', keys: ['c'], scope: 'incident', description: 'Write a status update: kind and audience, edit, preview with lint warnings, post to targets', label: 'update', mutates: true, afterResolution: true },
  { command: 'updates.open', keys: ['U'], scope: 'incident', description: 'Update history: every posted update, its text and where it went' },
  { command: 'breach.toggle', keys: ['b'], scope: 'incident', description: 'Flag (or clear) a possible personal-data breach; the header then counts down to the regulator notification', label: 'breach', mutates: true, dangerous: true, afterResolution: true },
  { command: 'resolve.open', keys: ['R'], scope: 'incident', description: 'Resolve: the recovery checklist and a fresh run of every check; anything not verified needs a typed reason', label: 'resolve', mutates: true, dangerous: true },
  { command: 'followups.open', keys: ['F'], scope: 'incident', description: 'Follow-up action items: list, add (what, owner, due, priority), close' },
  { command: 'labels.root-cause', keys: ['C'], scope: 'incident', description: 'Root cause: a short label or sentence; fills the postmortem, and a later incident with the same one counts as a repeat', mutates: true, afterResolution: true },
  { command: 'labels.tags', keys: ['t'], scope: 'incident', description: 'Tags, comma-separated (checkout, db-pool): a later incident sharing one counts as a repeat', mutates: true, afterResolution: true },
  { command: 'actions.open', keys: ['a'], scope: 'incident', description: 'Mitigate: rollback, maintenance, flags... with preflight, confirmation and verification', label: 'act', mutates: true, dangerous: true },
  { command: 'mitigated.ask', keys: ['M'], scope: 'incident', description: 'Mark the incident mitigated: impact has stopped (sets the time to mitigate); asks first, showing every check\'s last result', label: 'mitigated', mutates: true, beforeMitigation: true },
  { command: 'incident.acknowledge', keys: ['A'], scope: 'incident', description: 'Acknowledge the incident: someone is on it (stops the time-to-acknowledge clock)', label: 'ack', mutates: true },
  { command: 'focus.next', keys: ['tab'], scope: 'incident', description: 'Focus the next pane', label: 'pane' },
  { command: 'focus.previous', keys: ['S-tab'], scope: 'incident', description: 'Focus the previous pane' },
  { command: 'focus.checks', keys: ['1'], scope: 'incident', description: 'Focus the Checks pane' },
  { command: 'focus.changes', keys: ['2'], scope: 'incident', description: 'Focus the Recent changes pane' },
  { command: 'focus.checklist', keys: ['3'], scope: 'incident', description: 'Focus the Checklist pane' },
  { command: 'focus.timeline', keys: ['4'], scope: 'incident', description: 'Focus the Timeline pane' },
  { command: 'cursor.down', keys: ['j', 'down'], scope: 'incident', description: 'Move down in the focused pane' },
  { command: 'cursor.up', keys: ['k', 'up'], scope: 'incident', description: 'Move up in the focused pane' },
  { command: 'cursor.pagedown', keys: ['pagedown', 'C-d'], scope: 'incident', description: 'Move down one page' },
  { command: 'cursor.pageup', keys: ['pageup', 'C-u'], scope: 'incident', description: 'Move up one page' },
  { command: 'cursor.top', keys: ['g', 'home'], scope: 'incident', description: 'Go to the first row' },
  { command: 'cursor.bottom', keys: ['G', 'end'], scope: 'incident', description: 'Go to the last row' },
  { command: 'incident.switch', keys: ['i'], scope: 'incident', description: 'Back to the incident list', label: 'incidents' },

  { command: 'help.open', keys: ['?'], scope: 'global', description: 'Show every key', label: 'help' },
  { command: 'screen.redraw', keys: ['C-l'], scope: 'global', description: 'Redraw the whole screen (after a garbled connection)', anySize: true },
  { command: 'quit.ask', keys: ['q', 'C-c'], scope: 'global', description: 'Quit (asks first)', label: 'quit', anySize: true },
] as const satisfies readonly KeyBinding[];

export type CommandId = (typeof TABLE)[number]['command'];
/** A binding whose command is one the console has a handler for. */
export type Binding = KeyBinding & { command: CommandId };

export const KEYMAP: readonly Binding[] = TABLE;
