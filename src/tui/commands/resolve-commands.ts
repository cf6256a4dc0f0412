/**
 * Commands of the resolve dialog (R): the preflight runs as soon as it opens (recovery
 * checklist attached, every check re-run live), `y` resolves or first asks for the reason,
 * and once resolved the same dialog offers the resolution update and the postmortem export.
 */
import { ChecklistService } from '../../runbooks/checklist-service.js';
import { exportIncident } from '../../export/incident-export.js';
import { ResolveService, type PreparedResolve } from '../../incidents/resolve-service.js';
import { keyContextOf } from '../keymap/key-context.js';
import { resolveKey } from '../keymap/resolve-key.js';
import { openResolveDialog, type ResolveEvent } from '../state/resolve-dialog.js';
import type { CommandEnv, CommandHandler } from './command-env.js';
import { dispatchKey } from './dispatch-key.js';

interface Session {
  service: ResolveService;
  controller: AbortController;
  prepared: PreparedResolve | undefined;
}

const sessions = new WeakMap<CommandEnv, Session>();

const step = (env: CommandEnv, event: ResolveEvent) => env.store.dispatch({ type: 'modal/resolve', event });

function dialogOf(env: CommandEnv) {
  const modal = env.store.getState().ui.modals.findLast((m) => m.kind === 'resolve');
  return modal?.kind === 'resolve' ? modal.dialog : undefined;
}

function open(env: CommandEnv): void {
  const incidentId = env.store.getState().ui.incidentId;
  if (!incidentId) return void env.store.dispatch({ type: 'flash/show', text: 'no incident is open', tone: 'warning' });
  const service = new ResolveService(env.incidents, env.checks, ChecklistService.forIncidents(env.incidents));
  sessions.set(env, { service, controller: new AbortController(), prepared: undefined });
  env.store.dispatch({ type: 'modal/open', modal: openResolveDialog(incidentId) });
  runPreflight(env, incidentId);
}

function runPreflight(env: CommandEnv, incidentId: string): void {
  const session = sessions.get(env);
  if (!session) return;
  const controller = new AbortController();
  session.controller = controller;
  const preflight = session.service.preflight(incidentId, {
    signal: controller.signal,
    onCheckStart: (definition) => step(env, { type: 'check-started', name: definition.name }),
    onCheckResult: (result) => {
      step(env, { type: 'check-finished', check: { name: result.name, status: result.status, summary: result.summary } });
      env.reload();
    },
  });
  void env.writes.track(preflight).then(
    (prepared) => {
      if (controller.signal.aborted || sessions.get(env) !== session) return;
      session.prepared = prepared;
      step(env, { type: 'preflight', preflight: prepared.preflight, attached: prepared.attached });
      env.reload();
    },
    (error: unknown) => step(env, { type: 'failed', error: error instanceof Error ? error.message : String(error) }),
  );
}

function resolve(env: CommandEnv, reason: string | undefined): void {
  const session = sessions.get(env);
  if (!session?.prepared) return;
  step(env, { type: 'resolving', reason });
  void env.writes.track(session.service.resolve(session.prepared, { reason })).then(
    (outcome) => {
      step(env, { type: 'resolved', at: outcome.resolvedAt, freezeLifted: outcome.freezeLifted });
      env.store.dispatch({ type: 'flash/show', text: `Resolved${outcome.freezeLifted ? '; deploy freeze lifted' : ''}`, tone: 'success' });
      env.reload();
    },
    (error: unknown) => step(env, { type: 'failed', error: error instanceof Error ? error.message : String(error) }),
  );
}

/** y: resolve when verified; otherwise ask for the reason first (a text field over the dialog). */
function confirm(env: CommandEnv): void {
  const dialog = dialogOf(env);
  if (dialog?.phase !== 'ready' || !dialog.preflight) return;
  if (!dialog.preflight.reasonRequired) return resolve(env, undefined);
  env.store.dispatch({ type: 'modal/open', modal: { kind: 'text', purpose: 'resolve-reason', text: '', cursor: 0 } });
}

/** The typed reason: required, so an empty one keeps the field open. */
export function submitResolveReason(env: CommandEnv, text: string): void {
  if (!text) {
    env.store.dispatch({ type: 'flash/show', text: 'Say why it is safe to resolve anyway (it is recorded); Esc goes back', tone: 'warning' });
    return;
  }
  env.store.dispatch({ type: 'modal/close' });
  resolve(env, text);
}

function exportNow(env: CommandEnv): void {
  const dialog = dialogOf(env);
  if (dialog?.phase !== 'resolved' || dialog.exporting) return;
  if (dialog.exportPath) {
    env.store.dispatch({ type: 'flash/show', text: `Already written to ${dialog.exportPath}`, tone: 'info' });
    return;
  }
  step(env, { type: 'exporting' });
  const request = { incidentId: dialog.incidentId, format: 'markdown' as const, cwd: process.cwd() };
  void env.writes.track(exportIncident(env.incidents, env.loaded, request, env.incidents.now())).then(
    (result) => {
      step(env, { type: 'exported', path: result.markdownPath ?? '' });
      env.reload();
    },
    (error: unknown) => step(env, { type: 'failed', error: `export failed: ${error instanceof Error ? error.message : String(error)}` }),
  );
}

function close(env: CommandEnv): void {
  sessions.get(env)?.controller.abort();
  sessions.delete(env);
  if (env.store.getState().ui.modals.at(-1)?.kind === 'resolve') env.store.dispatch({ type: 'modal/close' });
}

export const resolveCommands = {
  'resolve.open': (env) => open(env),
  'resolve.confirm': (env) => confirm(env),
  'resolve.rerun': (env) => {
    const dialog = dialogOf(env);
    if (dialog?.phase !== 'ready' && dialog?.phase !== 'failed') return;
    step(env, { type: 'rerun' });
    runPreflight(env, dialog.incidentId);
  },
  'resolve.compose': (env) => {
    if (dialogOf(env)?.phase !== 'resolved') return;
    close(env);
    // The screen's c opens the status-update composer, which on a resolved incident opens on the resolution kind
    // (a kept resolution draft is offered; kept drafts of other kinds are not).
    if (resolveKey('c', keyContextOf(env.store.getState(), env.readOnly))?.binding) dispatchKey(env, 'c');
    else env.store.dispatch({ type: 'flash/show', text: 'Post the resolution update: warroom update --kind resolution --audience customer --post', tone: 'info' });
  },
  'resolve.export': (env) => exportNow(env),
  'resolve.close': (env) => close(env),
} satisfies Record<string, CommandHandler>;
