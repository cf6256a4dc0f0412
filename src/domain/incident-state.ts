/** The shape of an incident as folded from its events. */
import type {
  CheckStatus, EventDataMap, FollowupPriority, IncidentEvent, IncidentStatus, PerfDatum, UpdateAudience, UpdateKind, UpdateTargetResult,
} from './events.js';
import type { Role } from './roles.js';
import type { Severity } from './severity.js';

export interface Milestones {
  detected: string;
  declared: string;
  acknowledged?: string;
  mitigationStarted?: string;
  mitigated?: string;
  resolved?: string;
  postmortemDone?: string;
}

export interface CheckResultState {
  name: string;
  status: CheckStatus;
  summary: string;
  durationMs: number;
  at: string;
  timedOut: boolean;
  perfdata: PerfDatum[];
  previousStatus?: CheckStatus;
}

/** A change marked as the suspected trigger: the marking event's data, with who marked it and when. */
export type SuspectChange = EventDataMap['change.suspected'] & {
  markedBy: string;
  markedAt: string;
};

export interface ChecklistTick {
  runbook: string;
  itemId: string;
  text: string;
  checked: boolean;
  contentHash: string;
  by: string;
  at: string;
}

export interface PostedUpdate {
  kind: UpdateKind;
  audience: UpdateAudience;
  text: string;
  at: string;
  actor: string;
  targets: UpdateTargetResult[];
  overriddenWarnings?: string[];
}

export interface Followup {
  id: string;
  text: string;
  owner?: string;
  due?: string;
  priority: FollowupPriority;
  createdAt: string;
  closedAt?: string;
}

export interface SeverityChange {
  at: string;
  actor: string;
  from: Severity;
  to: Severity;
}

export interface IncidentState {
  id: string;
  title: string;
  severity: Severity;
  severityHistory: SeverityChange[];
  status: IncidentStatus;
  summary: string;
  impact: string;
  rootCause: string;
  tags: string[];
  declaredBy: string;
  milestones: Milestones;
  roles: Partial<Record<Role, string>>;
  frozen: boolean;
  breach: boolean;
  drill: boolean;
  /** Latest result per check name. */
  checks: Record<string, CheckResultState>;
  suspects: SuspectChange[];
  attachedRunbooks: { runbook: string; contentHash: string }[];
  /** Latest tick per `runbook#itemId`. */
  checklist: Record<string, ChecklistTick>;
  updates: PostedUpdate[];
  followups: Followup[];
  runningAction?: { name: string; kind?: string; argv?: string[]; startedAt: string; actor: string; pid?: number; host?: string };
  events: IncidentEvent[];
  lastEventAt: string;
}

/** Whether the incident still needs attention. */
export function isOpen(incident: Pick<IncidentState, 'status'>): boolean {
  return incident.status !== 'resolved';
}

/** The resolved incidents, in the order they were resolved (the most recent last). */
export function resolvedInOrder(incidents: readonly IncidentState[]): IncidentState[] {
  return incidents
    .filter((i) => i.status === 'resolved' && i.milestones.resolved !== undefined)
    .sort((a, b) => Date.parse(a.milestones.resolved!) - Date.parse(b.milestones.resolved!));
}
