/**
 * The incident event log: every fact about an incident is one of these events, appended
 * in order. Everything the console and the exports show is a fold of this log.
 */
import type { Role } from './roles.js';
import type { Severity } from './severity.js';

export const STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type IncidentStatus = (typeof STATUSES)[number];
/** Statuses a responder sets by hand; `resolved` only comes through resolution. */
export const OPEN_STATUSES = ['investigating', 'identified', 'monitoring'] as const;
export type OpenStatus = (typeof OPEN_STATUSES)[number];

export type CheckStatus = 'OK' | 'WARNING' | 'CRITICAL' | 'UNKNOWN';

export interface PerfDatum {
  label: string;
  value: number;
  uom: string;
  warn?: string;
  crit?: string;
  min?: number;
  max?: number;
}

export type ChangeKind =
  | 'commit' | 'deploy' | 'config' | 'flag' | 'migration' | 'secret' | 'dns' | 'tls' | 'dependency' | 'infra';

export type UpdateKind = 'initial' | 'update' | 'resolution';
export type UpdateAudience = 'customer' | 'internal';
export type FollowupPriority = 'P1' | 'P2' | 'P3';

/** What one target made of a posted update. */
export interface UpdateTargetResult {
  target: string;
  ok: boolean;
  error?: string;
  /** What happened, briefly: "HTTP 200", "appended to ops/status.md". */
  detail?: string;
  durationMs?: number;
}

/** Payload of each event type, by type name (dotted, past tense). */
export interface EventDataMap {
  'incident.declared': {
    title: string;
    severity: Severity;
    summary?: string;
    impact?: string;
    /** When the problem was first noticed; may be earlier than the declaration. */
    detectedAt: string;
    breach?: boolean;
    drill?: boolean;
    tags?: string[];
  };
  'incident.acknowledged': Record<string, never>;
  'incident.edited': { field: 'title' | 'summary' | 'impact' | 'detectedAt' | 'rootCause' | 'tags'; value: string | string[] };
  'severity.changed': { from: Severity; to: Severity; reason?: string };
  'status.changed': { from: IncidentStatus; to: OpenStatus };
  'role.assigned': { role: Role; name: string };
  'role.released': { role: Role };
  'note.added': { text: string };
  'breach.flagged': { flagged: boolean };
  'freeze.changed': { frozen: boolean; reason?: string };
  'mitigation.started': { via?: string };
  'incident.mitigated': { note?: string };
  'incident.resolved': {
    note?: string;
    reason?: string;
    /** Recovery checklist items still open at resolution. */
    openItems?: number;
    /** Checks not OK in the re-run at resolution. */
    failingChecks?: string[];
    /** The responder chose not to re-run the checks. */
    checksSkipped?: boolean;
  };
  'incident.reopened': { reason?: string };
  'check.finished': {
    name: string;
    status: CheckStatus;
    summary: string;
    durationMs: number;
    timedOut?: boolean;
    perfdata?: PerfDatum[];
    previousStatus?: CheckStatus;
  };
  'change.suspected': {
    changeId: string;
    kind: ChangeKind;
    source: string;
    title: string;
    ref?: string;
    previousRef?: string;
    changedAt: string;
    /** The deployed service: what a rollback to `previousRef` acts on. */
    service?: string;
    /** The change ran a database migration: rolling back the app alone may not be safe. */
    migration?: boolean;
  };
  'change.cleared': { changeId: string };
  'runbook.attached': { runbook: string; contentHash: string };
  'checklist.toggled': {
    runbook: string;
    itemId: string;
    text: string;
    checked: boolean;
    contentHash: string;
  };
  'action.started': {
    name: string;
    kind: string;
    argv: string[];
    dryRun?: boolean;
    /** The change the action acts on (a rollback's suspect deploy). */
    changeId?: string;
    /** The warroom process running it, so another one can tell when it died mid-run. */
    pid?: number;
    host?: string;
  };
  'action.finished': {
    name: string;
    kind: string;
    argv: string[];
    exitCode: number | null;
    durationMs: number;
    outputTail: string;
    cancelled?: boolean;
    dryRun?: boolean;
    timedOut?: boolean;
    /** Why it did not run or finish normally: "command not found: ...", "timed out after 60s". */
    error?: string;
  };
  'action.verified': {
    name: string;
    passed: boolean;
    results: { name: string; before?: CheckStatus; after: CheckStatus; summary: string }[];
  };
  'update.posted': {
    kind: UpdateKind;
    audience: UpdateAudience;
    text: string;
    /** One result per target, in the order posted; empty when the update was sent by hand. */
    targets: UpdateTargetResult[];
    /** Lint rules the poster chose to override (`--force`), kept for the review. */
    overriddenWarnings?: string[];
  };
  'followup.added': { followupId: string; text: string; owner?: string; due?: string; priority: FollowupPriority };
  'followup.closed': { followupId: string; note?: string };
  'postmortem.exported': { path: string; chainHead: string };
  /** The review is held and its document final: the "postmortem done" milestone. `link`: where it lives. */
  'postmortem.completed': { link?: string };
}

export type EventType = keyof EventDataMap;

/** One stored event. `hash` chains each event to the one before it (tamper evidence). */
export interface IncidentEvent<T extends EventType = EventType> {
  id: string;
  /** Position in the whole store, 1-based, gap-free. */
  seq: number;
  incidentId: string;
  /** ISO 8601, UTC. */
  at: string;
  actor: string;
  type: T;
  data: EventDataMap[T];
  prevHash: string;
  hash: string;
}

/** What a caller asks to append; the store assigns id, seq, time and hashes. */
export interface NewEvent<T extends EventType = EventType> {
  incidentId: string;
  type: T;
  data: EventDataMap[T];
  /** Defaults to the store's clock; set for back-dated or imported events. */
  at?: string;
}

/** Narrows an event to one type. */
export function isEventOfType<T extends EventType>(event: IncidentEvent, type: T): event is IncidentEvent<T> {
  return event.type === type;
}

/** Builds a typed NewEvent (keeps `type` and `data` in step at the call site). */
export function newEvent<T extends EventType>(incidentId: string, type: T, data: EventDataMap[T], at?: string): NewEvent<T> {
  return at === undefined ? { incidentId, type, data } : { incidentId, type, data, at };
}
