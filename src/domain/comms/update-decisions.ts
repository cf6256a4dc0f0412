/** Pure decisions for communication: recording a posted update and flagging a possible breach. */
import { DomainError } from '../domain-error.js';
import { newEvent, type NewEvent, type UpdateAudience, type UpdateKind, type UpdateTargetResult } from '../events.js';
import type { IncidentState } from '../incident-state.js';

export const UPDATE_KINDS = ['initial', 'update', 'resolution'] as const satisfies readonly UpdateKind[];
export const UPDATE_AUDIENCES = ['customer', 'internal'] as const satisfies readonly UpdateAudience[];

/** Parses an update kind or throws naming the valid ones. */
export function requireUpdateKind(input: string): UpdateKind {
  const kind = input.trim().toLowerCase();
  if ((UPDATE_KINDS as readonly string[]).includes(kind)) return kind as UpdateKind;
  throw new DomainError(`unknown update kind "${input}": use one of ${UPDATE_KINDS.join(', ')}`, 'usage');
}

/** Parses an audience or throws naming the valid ones. */
export function requireAudience(input: string): UpdateAudience {
  const audience = input.trim().toLowerCase();
  if ((UPDATE_AUDIENCES as readonly string[]).includes(audience)) return audience as UpdateAudience;
  throw new DomainError(`unknown audience "${input}": use one of ${UPDATE_AUDIENCES.join(', ')}`, 'usage');
}

export interface PostedUpdateInput {
  kind: UpdateKind;
  audience: UpdateAudience;
  text: string;
  results: UpdateTargetResult[];
  overriddenWarnings?: string[];
}

/**
 * The update.posted event, failures included: a refused post is a fact for the timeline too.
 * Allowed on a resolved incident, because the resolution notice usually goes out after it.
 */
export function recordPostedUpdate(incident: IncidentState, input: PostedUpdateInput): NewEvent[] {
  const text = input.text.trim();
  if (!text) throw new DomainError('the update is empty', 'usage');
  return [
    newEvent(incident.id, 'update.posted', {
      kind: input.kind,
      audience: input.audience,
      text,
      targets: input.results,
      ...(input.overriddenWarnings && input.overriddenWarnings.length > 0 ? { overriddenWarnings: input.overriddenWarnings } : {}),
    }),
  ];
}

/** Flags (or clears) a possible personal-data breach; refuses a no-op so the timeline stays meaningful. */
export function setBreachFlag(incident: IncidentState, flagged: boolean): NewEvent[] {
  if (incident.breach === flagged) {
    throw new DomainError(`${incident.id} is ${flagged ? 'already' : 'not'} flagged as a possible personal-data breach`);
  }
  return [newEvent(incident.id, 'breach.flagged', { flagged })];
}
