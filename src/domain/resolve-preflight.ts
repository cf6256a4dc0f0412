/**
 * The resolve preflight: before an incident is resolved, the recovery verification checklist and
 * a fresh run of every check say whether service is really back. Anything not OK or not ticked
 * must be explained by a typed reason, which goes on the record with the resolution.
 *
 * Only the recovery verification runbook gates resolution. The incident's other checklists are
 * left out on purpose: their stabilise steps are alternatives (one is taken, the rest stay open),
 * their resolve and postmortem steps happen at or after resolution, and the probes they name are
 * the same checks the preflight re-runs. Counting them would ask for a reason every time, and a
 * reason that is always required stops meaning anything.
 */
import { DomainError } from './domain-error.js';
import { flattenItems, buildChecklistView, type RunbookLoad } from './checklist/checklist-view.js';
import type { CheckStatus, NewEvent } from './events.js';
import { resolveIncident } from './incident-commands.js';
import { isOpen, type IncidentState } from './incident-state.js';

/** The runbook whose items are the evidence that service is back (a team's own file of that name wins). */
export const RECOVERY_RUNBOOK = 'recovery-verification';

/** One check's result from the fresh run. */
export interface PreflightCheck {
  name: string;
  status: CheckStatus;
  summary: string;
}

export interface OpenItem {
  id: string;
  text: string;
}

export interface RecoveryChecklistState {
  runbook: string;
  /** Why the file could not be read; the checklist then counts as not verified. */
  error: string | undefined;
  done: number;
  total: number;
  open: OpenItem[];
}

export interface ResolvePreflight {
  incidentId: string;
  recovery: RecoveryChecklistState;
  /** The fresh results, in config order; undefined when the run was skipped. */
  checks: PreflightCheck[] | undefined;
  failingChecks: PreflightCheck[];
  /** One line per thing that is not verified; empty means resolving needs no reason. */
  problems: string[];
  reasonRequired: boolean;
}

export interface PreflightInput {
  /** The recovery runbook as read now (or why it could not be read). */
  recovery: RunbookLoad;
  /** The fresh check results; undefined when the responder chose not to re-run them. */
  checks: readonly PreflightCheck[] | undefined;
}

function recoveryState(incident: Pick<IncidentState, 'id' | 'checklist'>, load: RunbookLoad): RecoveryChecklistState {
  const view = buildChecklistView(incident, [{ runbook: RECOVERY_RUNBOOK, source: 'attached' }], new Map([[RECOVERY_RUNBOOK, load]])).runbooks[0]!;
  const items = view.sections.flatMap((section) => flattenItems(section.items));
  const open = items.filter((item) => !item.checked).map((item) => ({ id: item.id, text: item.text }));
  return { runbook: RECOVERY_RUNBOOK, error: view.error, done: view.done, total: view.total, open };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Works out what is not verified, against the incident's latest ticks. */
export function buildResolvePreflight(incident: Pick<IncidentState, 'id' | 'checklist'>, input: PreflightInput): ResolvePreflight {
  const recovery = recoveryState(incident, input.recovery);
  const failingChecks = (input.checks ?? []).filter((check) => check.status !== 'OK');
  const problems: string[] = [];
  if (recovery.error) problems.push(`recovery checklist unavailable: ${recovery.error}`);
  else if (recovery.open.length > 0) problems.push(`${plural(recovery.open.length, 'recovery checklist item')} open (${recovery.done}/${recovery.total} done)`);
  if (input.checks === undefined) problems.push('checks were not re-run');
  else if (failingChecks.length > 0) problems.push(`${plural(failingChecks.length, 'check')} not OK: ${failingChecks.map((c) => `${c.name} ${c.status}`).join(', ')}`);
  return {
    incidentId: incident.id,
    recovery,
    checks: input.checks ? [...input.checks] : undefined,
    failingChecks,
    problems,
    reasonRequired: problems.length > 0,
  };
}

export interface ResolveRequest extends PreflightInput {
  note?: string | undefined;
  reason?: string | undefined;
  /** Config `freeze.liftOnResolve`. */
  liftFreeze: boolean;
}

/**
 * Resolution after the preflight. Decided against the freshest log, so an item ticked by a
 * colleague since the dialog opened counts; refused, listing what is not verified, when a
 * reason is required and none was typed.
 */
export function decideResolve(incident: IncidentState, request: ResolveRequest): NewEvent[] {
  if (!isOpen(incident)) throw new DomainError(`${incident.id} is already resolved (at ${incident.milestones.resolved ?? 'an earlier time'})`);
  const preflight = buildResolvePreflight(incident, request);
  const reason = request.reason?.trim();
  const note = request.note?.trim();
  if (preflight.reasonRequired && !reason) {
    throw new DomainError(
      `${incident.id} not resolved: ${preflight.problems.join('; ')}. Tick the items and fix the checks, or give the reason to resolve anyway`,
    );
  }
  return resolveIncident(incident, {
    note,
    reason,
    openItems: preflight.recovery.open.length,
    failingChecks: preflight.failingChecks.map((c) => c.name),
    checksSkipped: request.checks === undefined,
    liftFreeze: request.liftFreeze,
  });
}
