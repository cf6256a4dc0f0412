/**
 * Pure decisions: given the current incidents and a request, the events to append (or a
 * DomainError). The services only load, call these, and append.
 */
import { severityFreezeEvents } from './deploy-freeze.js';
import { DomainError } from './domain-error.js';
import { newEvent, OPEN_STATUSES, type NewEvent, type OpenStatus } from './events.js';
import { isOpen, type IncidentState } from './incident-state.js';
import { ROLES, parseRole } from './roles.js';
import { SEVERITIES, parseSeverity, type Severity, type SeverityPolicies } from './severity.js';
import { parseTags } from './tags.js';

export interface DeclareInput {
  title: string;
  severity: string;
  summary?: string | undefined;
  impact?: string | undefined;
  detectedAt?: string | undefined;
  breach?: boolean | undefined;
  drill?: boolean | undefined;
  tags?: readonly string[] | undefined;
}

/** The id the next declared incident gets: INC-<n>, one more than the highest so far. */
export function nextIncidentId(incidents: readonly Pick<IncidentState, 'id'>[]): string {
  const highest = incidents.reduce((max, i) => Math.max(max, Number(/^INC-(\d+)$/.exec(i.id)?.[1] ?? 0)), 0);
  return `INC-${highest + 1}`;
}

/** Requires a known severity name; the message lists the valid ones. */
export function requireSeverity(input: string): Severity {
  const severity = parseSeverity(input);
  if (!severity) throw new DomainError(`unknown severity "${input}": use one of ${SEVERITIES.join(', ')}`, 'usage');
  return severity;
}

/** Declaring: the declaration, plus a deploy freeze where the severity's policy asks for one. */
export function declareIncident(
  incidents: readonly IncidentState[],
  input: DeclareInput,
  policies: SeverityPolicies,
  now: Date,
): NewEvent[] {
  const title = input.title.trim();
  if (!title) throw new DomainError('an incident needs a title: say what is broken, e.g. "Checkout returns 502"', 'usage');
  const severity = requireSeverity(input.severity);
  const detectedAt = input.detectedAt ? normaliseTime(input.detectedAt, 'detected-at') : now.toISOString();
  if (Date.parse(detectedAt) > now.getTime() + 60_000) {
    throw new DomainError(`detected-at ${input.detectedAt} is in the future`, 'usage');
  }
  const tags = parseTags(input.tags ?? []);
  const id = nextIncidentId(incidents);
  const events: NewEvent[] = [
    newEvent(id, 'incident.declared', {
      title,
      severity,
      detectedAt,
      ...(input.summary ? { summary: input.summary } : {}),
      ...(input.impact ? { impact: input.impact } : {}),
      ...(input.breach ? { breach: true } : {}),
      ...(input.drill ? { drill: true } : {}),
      ...(tags.length > 0 ? { tags } : {}),
    }),
  ];
  if (policies[severity].freezeDeploys) {
    events.push(newEvent(id, 'freeze.changed', { frozen: true, reason: `${severity} declared` }));
  }
  return events;
}

/** Parses an ISO-like time into canonical ISO UTC, or throws naming the option. */
export function normaliseTime(text: string, option: string): string {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new DomainError(`--${option} "${text}" is not a date/time; use ISO 8601, e.g. 2026-11-22T03:10:00Z`, 'usage');
  return new Date(ms).toISOString();
}

function requireOpen(incident: IncidentState): void {
  if (!isOpen(incident)) throw new DomainError(`${incident.id} is resolved; reopen it (\`warroom reopen\`) or declare a new incident`);
}

export function addNote(incident: IncidentState, text: string): NewEvent[] {
  requireOpen(incident);
  const trimmed = text.trim();
  if (!trimmed) throw new DomainError('the note is empty', 'usage');
  return [newEvent(incident.id, 'note.added', { text: trimmed })];
}

export function acknowledge(incident: IncidentState): NewEvent[] {
  requireOpen(incident);
  if (incident.milestones.acknowledged) throw new DomainError(`${incident.id} was already acknowledged at ${incident.milestones.acknowledged}`);
  return [newEvent(incident.id, 'incident.acknowledged', {})];
}

/** The severity change, plus a deploy freeze when it raises the incident to a level that freezes (never a lift). */
export function changeSeverity(incident: IncidentState, input: string, policies: SeverityPolicies, reason?: string): NewEvent[] {
  requireOpen(incident);
  const to = requireSeverity(input);
  if (to === incident.severity) throw new DomainError(`${incident.id} is already ${to}`);
  return [
    newEvent(incident.id, 'severity.changed', { from: incident.severity, to, ...(reason ? { reason } : {}) }),
    ...severityFreezeEvents(incident, to, policies),
  ];
}

export function assignRole(incident: IncidentState, roleInput: string, name: string): NewEvent[] {
  requireOpen(incident);
  const role = parseRole(roleInput);
  if (!role) throw new DomainError(`unknown role "${roleInput}": use one of ${ROLES.join(', ')}`, 'usage');
  const who = name.trim();
  if (!who) throw new DomainError('say who takes the role', 'usage');
  if (incident.roles[role] === who) throw new DomainError(`${who} already holds ${role}`);
  return [newEvent(incident.id, 'role.assigned', { role, name: who })];
}

export function setStatus(incident: IncidentState, input: string): NewEvent[] {
  requireOpen(incident);
  const requested = input.trim().toLowerCase();
  const to = requested as OpenStatus;
  if (!(OPEN_STATUSES as readonly string[]).includes(requested)) {
    const hint = requested === 'resolved' ? ' (use `warroom resolve`)' : '';
    throw new DomainError(`unknown status "${input}": use one of ${OPEN_STATUSES.join(', ')}${hint}`, 'usage');
  }
  if (incident.status === to) throw new DomainError(`${incident.id} is already ${to}`);
  return [newEvent(incident.id, 'status.changed', { from: incident.status, to })];
}

/** What the resolution records: how it was restored, and what was not verified and why. */
export interface ResolutionInput {
  note?: string | undefined;
  reason?: string | undefined;
  openItems?: number | undefined;
  failingChecks?: readonly string[] | undefined;
  checksSkipped?: boolean | undefined;
  liftFreeze: boolean;
}

/** The resolution events, lifting the freeze when asked to; whether a reason is needed is decided by the resolve preflight. */
export function resolveIncident(incident: IncidentState, input: ResolutionInput): NewEvent[] {
  requireOpen(incident);
  const events: NewEvent[] = [
    newEvent(incident.id, 'incident.resolved', {
      ...(input.note ? { note: input.note } : {}),
      ...(input.reason ? { reason: input.reason } : {}),
      ...(input.openItems ? { openItems: input.openItems } : {}),
      ...(input.failingChecks?.length ? { failingChecks: [...input.failingChecks] } : {}),
      ...(input.checksSkipped ? { checksSkipped: true } : {}),
    }),
  ];
  if (input.liftFreeze && incident.frozen) {
    events.push(newEvent(incident.id, 'freeze.changed', { frozen: false, reason: `${incident.id} resolved` }));
  }
  return events;
}

/** Picks the incident a command acts on: the named one, else the most recently declared open one. */
export function selectIncident(incidents: readonly IncidentState[], id?: string): IncidentState {
  if (id) {
    const wanted = id.trim().toUpperCase();
    const found = incidents.find((i) => i.id.toUpperCase() === wanted || i.id === `INC-${wanted}`);
    if (!found) throw new DomainError(`no incident ${id}; \`warroom list\` shows them`, 'usage');
    return found;
  }
  const open = incidents.filter(isOpen);
  const latest = open.at(-1);
  if (!latest) throw new DomainError('no open incident: declare one with `warroom declare --title TEXT --severity SEVn`');
  return latest;
}

/** Open incidents first (newest first), then resolved ones (newest first). */
export function sortForListing(incidents: readonly IncidentState[]): IncidentState[] {
  const newestFirst = [...incidents].reverse();
  return [...newestFirst.filter(isOpen), ...newestFirst.filter((i) => !isOpen(i))];
}
