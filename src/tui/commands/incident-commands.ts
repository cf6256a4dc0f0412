/** Commands that change the incident: each opens a dialog, or records a decision of the domain. */
import { severityFreezeNote } from '../../domain/deploy-freeze.js';
import { acknowledge, addNote, assignRole, changeSeverity, setStatus } from '../../domain/incident-commands.js';
import { ROLE_TITLES } from '../../domain/roles.js';
import { SEVERITIES } from '../../domain/severity.js';
import { roleChoices, statusChoices } from '../presentation/choices.js';
import { submitActionConfirm } from './action-commands.js';
import { submitFollowupField } from './followup-commands.js';
import { submitLabel } from './label-commands.js';
import { submitResolveReason } from './resolve-commands.js';
import { submitReplayMinute } from './replay-commands.js';
import type { PickerModal } from '../state/console-state.js';
import { selectIncident } from '../state/selectors.js';
import type { CommandEnv, CommandHandler } from './command-env.js';
import { performWrite, recordOnOpenIncident } from './perform-write.js';
import { discardUnsentNote, restoreUnsentNote } from './unsent-notes.js';

/** Declaring starts at SEV2: when in doubt, escalate rather than under-rate. */
const DECLARE_DEFAULT_INDEX = 1;

function openPicker(env: CommandEnv, modal: PickerModal): void {
  env.store.dispatch({ type: 'modal/open', modal });
}

function takeRole(env: CommandEnv, index: number): void {
  const incident = selectIncident(env.store.getState());
  const choice = incident ? roleChoices(incident)[index] : undefined;
  if (!choice) return;
  env.store.dispatch({ type: 'modal/close' });
  void recordOnOpenIncident(env, (current) => assignRole(current, choice.role, env.actor), `You are now ${choice.title}`);
}

/** Acts on the choice made in the picker on top. */
function choose(env: CommandEnv, index: number): void {
  const top = env.store.getState().ui.modals.at(-1);
  if (!top) return;
  if (top.kind === 'severity') {
    const severity = SEVERITIES[index];
    if (!severity) return;
    env.store.dispatch({ type: 'modal/close' });
    if (top.title !== undefined) {
      const title = top.title;
      void performWrite(env, () => env.incidents.declare({ title, severity }), (incident) => {
        env.store.dispatch({ type: 'incident/open', incidentId: incident.id });
        return `Declared ${incident.id} as ${severity}`;
      });
      return;
    }
    const shown = selectIncident(env.store.getState());
    const note = shown ? severityFreezeNote(shown, severity, env.loaded.policies) : undefined;
    void recordOnOpenIncident(env, (incident) => changeSeverity(incident, severity, env.loaded.policies), `Severity is now ${severity}${note ? ` · ${note}` : ''}`);
  } else if (top.kind === 'status') {
    const choice = statusChoices()[index];
    if (!choice) return;
    env.store.dispatch({ type: 'modal/close' });
    void recordOnOpenIncident(env, (incident) => setStatus(incident, choice.status), `Status is now ${choice.status}`);
  } else if (top.kind === 'roles') {
    takeRole(env, index);
  }
}

function pickerSize(env: CommandEnv, modal: PickerModal): number {
  if (modal.kind === 'severity') return SEVERITIES.length;
  if (modal.kind === 'status') return statusChoices().length;
  const incident = selectIncident(env.store.getState());
  return incident ? roleChoices(incident).length : 0;
}

function movePicker(env: CommandEnv, delta: number): void {
  const top = env.store.getState().ui.modals.at(-1);
  if (!top || (top.kind !== 'severity' && top.kind !== 'status' && top.kind !== 'roles')) return;
  const size = pickerSize(env, top);
  env.store.dispatch({ type: 'modal/pick', index: (top.index + delta + size) % size });
}

function submitText(env: CommandEnv): void {
  const top = env.store.getState().ui.modals.at(-1);
  if (top?.kind !== 'text') return;
  const text = top.text.trim();
  if (top.purpose === 'replay-minute') return submitReplayMinute(env, text);
  if (top.purpose === 'action-confirm') return submitActionConfirm(env, text);
  if (top.purpose === 'resolve-reason') return submitResolveReason(env, text);
  if (top.purpose === 'followup') return submitFollowupField(env, top.step, top.draft, top.text);
  if (top.purpose === 'root-cause' || top.purpose === 'tags') return submitLabel(env, top);
  if (top.purpose === 'declare-title') {
    if (!text) {
      env.store.dispatch({ type: 'flash/show', text: 'Say what is broken, e.g. "Checkout returns 502"', tone: 'warning' });
      return;
    }
    env.store.dispatch({ type: 'modal/replace', modal: { kind: 'severity', index: DECLARE_DEFAULT_INDEX, title: text } });
    return;
  }
  if (!text) {
    env.store.dispatch({ type: 'flash/show', text: 'Nothing typed; Esc cancels', tone: 'warning' });
    return;
  }
  // Close at once so keys typed after Enter act on the screen, not in this field; a refused
  // write reopens the dialog with the text, so nothing typed is lost.
  env.store.dispatch({ type: 'modal/close' });
  const written =
    top.purpose === 'note'
      ? recordOnOpenIncident(env, (incident) => addNote(incident, text), 'Note added')
      : recordOnOpenIncident(env, (incident) => assignRole(incident, top.role, text), `${text} is now ${ROLE_TITLES[top.role]}`);
  void written.then((ok) => {
    if (!ok) env.store.dispatch({ type: 'modal/open', modal: top });
    else if (top.purpose === 'note' && top.fromDraft) discardUnsentNote(env, incidentIdOf(env));
  });
}

const incidentIdOf = (env: CommandEnv) => env.store.getState().ui.incidentId ?? '';

export const incidentCommands = {
  'note.add': (env) => {
    env.store.dispatch({ type: 'modal/open', modal: { kind: 'text', purpose: 'note', text: '', cursor: 0 } });
    const incidentId = incidentIdOf(env);
    if (incidentId) void restoreUnsentNote(env, incidentId).catch(() => undefined);
  },
  'severity.change': (env) => {
    const incident = selectIncident(env.store.getState());
    openPicker(env, { kind: 'severity', index: incident ? SEVERITIES.indexOf(incident.severity) : 0 });
  },
  'status.change': (env) => {
    const incident = selectIncident(env.store.getState());
    const index = statusChoices().findIndex((c) => c.status === incident?.status);
    openPicker(env, { kind: 'status', index: Math.max(0, index) });
  },
  'roles.open': (env) => {
    const incident = selectIncident(env.store.getState());
    const firstUnfilled = incident ? roleChoices(incident).findIndex((c) => !c.holder) : -1;
    openPicker(env, { kind: 'roles', index: Math.max(0, firstUnfilled) });
  },
  'incident.acknowledge': (env) => void recordOnOpenIncident(env, (incident) => acknowledge(incident), 'Acknowledged'),
  'start.declare': (env) => env.store.dispatch({ type: 'modal/open', modal: { kind: 'text', purpose: 'declare-title', text: '', cursor: 0 } }),
  'text.submit': (env) => submitText(env),
  'text.cancel': (env) => {
    const top = env.store.getState().ui.modals.at(-1);
    env.store.dispatch({ type: 'modal/close' });
    if (top?.kind === 'text' && top.purpose === 'note' && top.fromDraft) discardUnsentNote(env, incidentIdOf(env));
  },
  'picker.down': (env) => movePicker(env, 1),
  'picker.up': (env) => movePicker(env, -1),
  'picker.choose': (env) => {
    const top = env.store.getState().ui.modals.at(-1);
    if (top && (top.kind === 'severity' || top.kind === 'status' || top.kind === 'roles')) choose(env, top.index);
  },
  'picker.number': (env, key) => choose(env, Number(key) - 1),
  'picker.cancel': (env) => env.store.dispatch({ type: 'modal/close' }),
  'roles.take': (env) => {
    const top = env.store.getState().ui.modals.at(-1);
    if (top?.kind === 'roles') takeRole(env, top.index);
  },
  'roles.take-number': (env, key) => takeRole(env, Number(key) - 1),
  'roles.assign': (env) => {
    const state = env.store.getState();
    const top = state.ui.modals.at(-1);
    const incident = selectIncident(state);
    const choice = top?.kind === 'roles' && incident ? roleChoices(incident)[top.index] : undefined;
    if (choice) env.store.dispatch({ type: 'modal/replace', modal: { kind: 'text', purpose: 'role-name', role: choice.role, text: '', cursor: 0 } });
  },
} satisfies Record<string, CommandHandler>;
