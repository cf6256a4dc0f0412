/**
 * Pure decisions for running a mitigation: start (one at a time, on an open incident), finish,
 * the verification's before/after record, and marking the incident mitigated.
 */
import { DomainError } from '../domain-error.js';
import { newEvent, type CheckStatus, type EventDataMap, type NewEvent } from '../events.js';
import { isOpen, type IncidentState } from '../incident-state.js';
import { clock } from './preflight.js';
import { isAbandoned, type OwnerGone, type RunOwner } from './running-action.js';

export interface StartRequest {
  name: string;
  kind: string;
  argv: string[];
  dryRun?: boolean;
  /** The change it acts on, for the timeline and the postmortem. */
  changeId?: string | undefined;
  /** The warroom process that runs it. */
  owner?: RunOwner | undefined;
}

/**
 * Starting an action: refused while another runs; the first real one also starts mitigation.
 * A run whose warroom process died is closed first (outcome unknown) instead of blocking forever.
 */
export function startAction(incident: IncidentState, request: StartRequest, ownerGone?: OwnerGone): NewEvent[] {
  if (!isOpen(incident)) throw new DomainError(`${incident.id} is resolved: reopen it or declare a new incident before acting`);
  const running = incident.runningAction;
  const events: NewEvent[] = [];
  if (running && isAbandoned(running, ownerGone)) {
    events.push(
      newEvent(incident.id, 'action.finished', {
        name: running.name,
        kind: running.kind ?? 'custom',
        argv: running.argv ?? [],
        exitCode: null,
        durationMs: 0,
        outputTail: '',
        error: `the warroom process that ran it (pid ${running.pid} on ${running.host}) is gone; its outcome is unknown: check by hand`,
      }),
    );
  } else if (running) {
    throw new DomainError(
      `${running.name} is already running on ${incident.id} (started by ${running.actor} at ${clock(running.startedAt)}): ` +
        'one action at a time; wait for it to finish or cancel it',
    );
  }
  if (!request.dryRun && !incident.milestones.mitigationStarted) {
    events.push(newEvent(incident.id, 'mitigation.started', { via: request.name }));
  }
  events.push(
    newEvent(incident.id, 'action.started', {
      name: request.name,
      kind: request.kind,
      argv: request.argv,
      ...(request.dryRun ? { dryRun: true } : {}),
      ...(request.changeId !== undefined ? { changeId: request.changeId } : {}),
      ...(request.owner ? { pid: request.owner.pid, host: request.owner.host } : {}),
    }),
  );
  return events;
}

/** Finishing an action; recorded even if the incident was resolved meanwhile, so the slot is freed. */
export function finishAction(incident: IncidentState, data: EventDataMap['action.finished']): NewEvent[] {
  return [newEvent(incident.id, 'action.finished', data)];
}

export interface VerifyRow {
  name: string;
  before?: CheckStatus;
  after: CheckStatus;
  summary: string;
}

/** Passed when every verify check is OK afterwards (and there was at least one). */
export function verificationPassed(rows: readonly VerifyRow[]): boolean {
  return rows.length > 0 && rows.every((row) => row.after === 'OK');
}

/** The `action.verified` record for an action's verify checks. */
export function recordVerification(incident: IncidentState, name: string, rows: readonly VerifyRow[]): NewEvent[] {
  const results = rows.map((row) => ({
    name: row.name,
    after: row.after,
    summary: row.summary,
    ...(row.before !== undefined ? { before: row.before } : {}),
  }));
  return [newEvent(incident.id, 'action.verified', { name, passed: verificationPassed(rows), results })];
}

/** Marks the incident mitigated (the milestone behind time to mitigate). */
export function markMitigated(incident: IncidentState, note?: string): NewEvent[] {
  if (!isOpen(incident)) throw new DomainError(`${incident.id} is resolved`);
  if (incident.milestones.mitigated) throw new DomainError(`${incident.id} was already marked mitigated at ${incident.milestones.mitigated}`);
  const trimmed = note?.trim();
  return [newEvent(incident.id, 'incident.mitigated', trimmed ? { note: trimmed } : {})];
}

/** The last verification of an action on the incident, if any ran. */
export function lastVerification(incident: IncidentState): EventDataMap['action.verified'] | undefined {
  const event = [...incident.events].reverse().find((e) => e.type === 'action.verified');
  return event?.data as EventDataMap['action.verified'] | undefined;
}
