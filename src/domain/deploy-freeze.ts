/**
 * The deploy freeze across the whole store: deploys are frozen while any incident holds a
 * freeze (declared at a freezing severity, or frozen by hand) or while a freeze set by hand
 * with no incident open holds. That last kind is logged like everything else, on its own
 * stream (`HOST_FREEZE_ID`) which is not an incident, so who froze deploys, when and why is
 * on the record and every console sees it.
 */
import { DomainError } from './domain-error.js';
import { newEvent, type EventDataMap, type IncidentEvent, type NewEvent } from './events.js';
import { foldAll } from './fold.js';
import type { IncidentState } from './incident-state.js';
import { severityRank, type Severity, type SeverityPolicies } from './severity.js';

/** The stream for freezes set with no incident open; never an incident id (those are INC-n). */
export const HOST_FREEZE_ID = 'FREEZE';

export interface FreezeHold {
  /** Undefined for a freeze set by hand outside any incident. */
  incidentId?: string;
  by: string;
  since: string;
  reason?: string;
}

export interface DeployFreeze {
  frozen: boolean;
  holds: FreezeHold[];
}

/** Who holds the freeze now, oldest hold first. */
export function deployFreeze(events: readonly IncidentEvent[]): DeployFreeze {
  const latest = new Map<string, IncidentEvent<'freeze.changed'>>();
  for (const event of events) {
    if (event.type === 'freeze.changed') latest.set(event.incidentId, event as IncidentEvent<'freeze.changed'>);
  }
  const frozenIncidents = new Set(foldAll(events).filter((i) => i.frozen).map((i) => i.id));
  const holds: FreezeHold[] = [];
  for (const [id, event] of latest) {
    const isHost = id === HOST_FREEZE_ID;
    if (!event.data.frozen || (!isHost && !frozenIncidents.has(id))) continue;
    holds.push({
      ...(isHost ? {} : { incidentId: id }),
      by: event.actor,
      since: event.at,
      ...(event.data.reason ? { reason: event.data.reason } : {}),
    });
  }
  holds.sort((a, b) => Date.parse(a.since) - Date.parse(b.since));
  return { frozen: holds.length > 0, holds };
}

/** Freezes deploys on the incident, or (with none) on the host stream; refused when that one is already frozen. */
export function freezeOn(events: readonly IncidentEvent[], incident: IncidentState | undefined, reason: string | undefined): NewEvent[] {
  const why = reason?.trim() || 'frozen by hand';
  if (incident) {
    const hold = deployFreeze(events).holds.find((h) => h.incidentId === incident.id);
    if (incident.frozen) throw new DomainError(`deploys are already frozen for ${incident.id}${hold ? ` (by ${hold.by} since ${hold.since})` : ''}`);
    return [newEvent(incident.id, 'freeze.changed', { frozen: true, reason: why })];
  }
  const host = deployFreeze(events).holds.find((h) => h.incidentId === undefined);
  if (host) throw new DomainError(`deploys are already frozen by hand (by ${host.by} since ${host.since})`);
  return [newEvent(HOST_FREEZE_ID, 'freeze.changed', { frozen: true, reason: why })];
}

/** Lifts the freeze: the named incident's only, or every hold so that deploys are allowed again. */
export function freezeOff(events: readonly IncidentEvent[], only: IncidentState | undefined, reason: string | undefined): NewEvent[] {
  const holds = deployFreeze(events).holds.filter((h) => only === undefined || h.incidentId === only.id);
  if (holds.length === 0) throw new DomainError(only ? `deploys are not frozen for ${only.id}` : 'deploys are not frozen');
  const data: EventDataMap['freeze.changed'] = { frozen: false, reason: reason?.trim() || 'lifted by hand' };
  return holds.map((h) => newEvent(h.incidentId ?? HOST_FREEZE_ID, 'freeze.changed', data));
}

/** What a severity change does to the incident's deploy freeze. */
export type SeverityFreezeEffect = 'freezes' | 'stays-frozen' | 'none';

/**
 * Raising an unfrozen incident to a level whose policy freezes deploys freezes them (DOMAIN.md:
 * freeze unrelated deploys for the whole incident). Lowering never lifts a freeze: a responder
 * lifts it explicitly, so a frozen incident lowered to a level that would not freeze stays frozen.
 */
export function severityFreezeEffect(incident: Pick<IncidentState, 'frozen' | 'severity'>, to: Severity, policies: SeverityPolicies): SeverityFreezeEffect {
  const raised = severityRank(to) < severityRank(incident.severity);
  if (!incident.frozen) return raised && policies[to].freezeDeploys ? 'freezes' : 'none';
  return policies[to].freezeDeploys ? 'none' : 'stays-frozen';
}

/** The freeze event a severity change brings, if any: recorded with why. */
export function severityFreezeEvents(incident: IncidentState, to: Severity, policies: SeverityPolicies): NewEvent[] {
  if (severityFreezeEffect(incident, to, policies) !== 'freezes') return [];
  return [newEvent(incident.id, 'freeze.changed', { frozen: true, reason: `severity raised to ${to} (from ${incident.severity})` })];
}

/** What to tell whoever changed the severity about the freeze, if anything. */
export function severityFreezeNote(incident: Pick<IncidentState, 'frozen' | 'severity'>, to: Severity, policies: SeverityPolicies): string | undefined {
  switch (severityFreezeEffect(incident, to, policies)) {
    case 'freezes':
      return `deploys frozen (severity raised to ${to})`;
    case 'stays-frozen':
      return 'deploys stay frozen: a lower severity does not lift the freeze, `warroom freeze off` does';
    case 'none':
      return undefined;
  }
}

/** One line per hold: "INC-3: by ana since 2026-11-22T03:12:00.000Z: SEV1 declared". */
export function describeHolds(freeze: DeployFreeze): string[] {
  return freeze.holds.map((h) => `${h.incidentId ?? 'by hand, no incident'}: by ${h.by} since ${h.since}${h.reason ? `: ${h.reason}` : ''}`);
}
