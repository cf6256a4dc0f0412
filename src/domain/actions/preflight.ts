/**
 * The preflight: everything a responder should see before an action runs, as data the
 * console modal and `warroom action` both render. What runs (exact argv), how risky, the
 * verify checks' current state, for a rollback the target and the rules that apply, and
 * every reason it cannot run right now.
 */
import { DomainError } from '../domain-error.js';
import type { CheckStatus } from '../events.js';
import { isOpen, type IncidentState } from '../incident-state.js';
import type { Risk } from './action-defaults.js';
import type { ActionOption, ConfirmPolicy } from './action-options.js';
import { placeholderValues, rollbackRules, type TargetChange } from './action-target.js';
import { confirmPrompt, effectivePolicy } from './confirmation.js';
import { fillArgv, placeholdersIn } from './placeholders.js';
import { isAbandoned, type OwnerGone } from './running-action.js';

export interface VerifyCheckState {
  name: string;
  /** Undefined when the check has not run on this incident yet. */
  status?: CheckStatus;
  summary?: string;
  at?: string;
}

export interface Preflight {
  name: string;
  kind: ActionOption['kind'];
  description: string;
  /** Exactly what will run; the configured template when it cannot be filled (see blockers). */
  argv: string[];
  dryRunArgv?: string[];
  risk: Risk;
  restoreText: string;
  timeoutMs: number;
  confirm: ConfirmPolicy;
  confirmPrompt: string;
  /** The service a typed confirmation may name. */
  service?: string;
  verify: VerifyCheckState[];
  target?: TargetChange;
  cautions: string[];
  hints: string[];
  /** Non-empty: it must not run now, for these reasons. */
  blockers: string[];
}

export interface PreflightInput {
  action: ActionOption;
  incident: IncidentState;
  target?: TargetChange | undefined;
  /** The config's `service`, for {service} when no change names one. */
  configuredService: string;
  /** Set when actions are disabled (read-only console), with the reason. */
  disabledReason?: string | undefined;
  /** Tells whether the process running the incident's current action has died. */
  ownerGone?: OwnerGone | undefined;
}

const CHANGE_PLACEHOLDERS = ['version', 'ref', 'previousVersion'];

/** Builds the preflight; never throws for a problem the responder should read: those become blockers. */
export function buildPreflight(input: PreflightInput): Preflight {
  const { action, incident, target } = input;
  const blockers: string[] = [];
  if (input.disabledReason) blockers.push(input.disabledReason);
  if (!isOpen(incident)) blockers.push(`${incident.id} is resolved: actions are recorded on an open incident`);
  const running = incident.runningAction;
  const abandoned = isAbandoned(running, input.ownerGone);
  if (running && !abandoned) blockers.push(`${running.name} is running (started by ${running.actor} at ${clock(running.startedAt)}): one action at a time`);
  const { values, missing } = placeholderValues(target, incident.id, input.configuredService);
  const fill = (argv: string[]): string[] => {
    try {
      return fillArgv(argv, values, missing);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (!blockers.includes(error.message)) blockers.push(error.message);
      return argv;
    }
  };
  const argv = fill(action.command);
  const dryRunArgv = action.dryRun ? fill(action.dryRun) : undefined;
  const usesChange = placeholdersIn([...action.command, ...(action.dryRun ?? [])]).some((n) => CHANGE_PLACEHOLDERS.includes(n));
  const showTarget = target !== undefined && (action.kind === 'rollback' || usesChange);
  const rules = action.kind === 'rollback' ? rollbackRules(target, incident.milestones.detected) : { cautions: [], hints: [] };
  if (running && abandoned) {
    rules.hints.push(`${running.name} was left running by a warroom process that is gone (pid ${running.pid}); it will be recorded as ended with its outcome unknown`);
  }
  const confirm = effectivePolicy(action.confirm, rules.cautions.length > 0);
  const service = values.service;
  return {
    name: action.name,
    kind: action.kind,
    description: action.description,
    argv,
    ...(dryRunArgv ? { dryRunArgv } : {}),
    risk: action.resolvedRisk,
    restoreText: action.restoreText,
    timeoutMs: action.timeout,
    confirm,
    confirmPrompt: confirmPrompt({ policy: confirm, actionName: action.name, service }),
    ...(service !== undefined ? { service } : {}),
    verify: action.verify.map((name) => verifyState(incident, name)),
    ...(showTarget ? { target } : {}),
    ...rules,
    blockers,
  };
}

function verifyState(incident: IncidentState, name: string): VerifyCheckState {
  const check = incident.checks[name];
  return check ? { name, status: check.status, summary: check.summary, at: check.at } : { name };
}

/** "03:12 UTC" from an ISO time. */
export function clock(iso: string): string {
  return `${new Date(Date.parse(iso)).toISOString().slice(11, 16)} UTC`;
}
