/**
 * The postmortem draft as data: everything the incident log can say about the incident,
 * gathered once, so rendering is only presentation. Missing facts stay empty; the renderer
 * turns them into prompts instead of guessing.
 */
import { incidentDurations, type IncidentDurations } from './durations.js';
import { isEventOfType } from './events.js';
import type { CheckResultState, Followup, IncidentState, SuspectChange } from './incident-state.js';
import { ROLES, ROLE_TITLES, type Role } from './roles.js';
import type { Severity, SeverityPolicies } from './severity.js';
import { severityReached } from './severity-reached.js';
import type { ProcessTargets } from './targets.js';
import { timelineEntry, type TimelineEntry } from './timeline-line.js';

/** What the store's hash chain looked like when the draft was made (verified by the caller). */
export type ChainSummary =
  | { ok: true; count: number; head: string }
  | { ok: false; count: number; brokenAt: { seq: number; id: string; reason: string } };

export interface PostmortemInput {
  /** Folded from already-redacted events. */
  incident: IncidentState;
  chain: ChainSummary;
  targets: ProcessTargets;
  /** For the mitigation-start and first-update deadlines of the severity reached. */
  policies: SeverityPolicies;
  service: string;
  now: Date;
}

export interface SeverityStep {
  at: string;
  actor: string;
  from: Severity;
  to: Severity;
  reason: string;
}

export interface Figure {
  label: string;
  ms: number | null;
  /** Target in minutes for this incident's severity, when there is one. */
  targetMinutes?: number;
}

export interface PostmortemModel {
  id: string;
  title: string;
  service: string;
  /** UTC date of detection, YYYY-MM-DD. */
  date: string;
  status: IncidentState['status'];
  severity: { initial: Severity; final: Severity; highest: Severity; steps: SeverityStep[] };
  start: string;
  end?: string;
  summary: string;
  impact: string;
  rootCause: string;
  tags: string[];
  breach: boolean;
  drill: boolean;
  declaredBy: string;
  roles: { role: Role; title: string; name?: string }[];
  milestones: { label: string; at?: string }[];
  durations: IncidentDurations;
  figures: Figure[];
  suspects: SuspectChange[];
  runbooks: { runbook: string; contentHash: string; checked: number; unchecked: number }[];
  checks: CheckResultState[];
  /** Status updates posted, by audience. */
  updatesPosted: { customer: number; internal: number };
  timeline: TimelineEntry[];
  followups: Followup[];
  chain: ChainSummary;
  /** The last event of this incident, so a reader can find where its record ends. */
  lastEvent: { seq: number; hash: string };
  generatedAt: string;
}

/** Gathers the postmortem's facts from an incident folded from redacted events. */
export function buildPostmortemModel(input: PostmortemInput): PostmortemModel {
  const { incident, targets, policies, now } = input;
  const events = incident.events;
  const { initial, highest } = severityReached(incident);
  const steps: SeverityStep[] = events.filter((e) => isEventOfType(e, 'severity.changed')).map((e) => ({
    at: e.at, actor: e.actor, from: e.data.from, to: e.data.to, reason: e.data.reason ?? '',
  }));
  const m = incident.milestones;
  const durations = incidentDurations(incident, now);
  const last = events.at(-1)!;
  const firstPublic = incident.updates.find((u) => u.audience === 'customer');
  const firstPublicMs = firstPublic ? Math.max(0, Date.parse(firstPublic.at) - Date.parse(m.detected)) : null;
  return {
    id: incident.id,
    title: incident.title,
    service: input.service,
    date: m.detected.slice(0, 10),
    status: incident.status,
    severity: { initial, final: incident.severity, highest, steps },
    start: m.detected,
    ...(m.resolved ? { end: m.resolved } : {}),
    summary: incident.summary.trim(),
    impact: incident.impact.trim(),
    rootCause: incident.rootCause.trim(),
    tags: incident.tags,
    breach: incident.breach,
    drill: incident.drill,
    declaredBy: incident.declaredBy,
    roles: ROLES.map((role) => ({ role, title: ROLE_TITLES[role], ...(incident.roles[role] ? { name: incident.roles[role] } : {}) })),
    milestones: inTimeOrder([
      { label: 'Detected', at: m.detected },
      { label: 'Declared', at: m.declared },
      { label: 'Acknowledged', at: m.acknowledged },
      { label: 'First public update', at: firstPublic?.at },
      { label: 'Mitigation started', at: m.mitigationStarted },
      { label: 'Mitigated', at: m.mitigated },
      { label: 'Resolved', at: m.resolved },
      { label: 'Postmortem done', at: m.postmortemDone },
    ]),
    durations,
    figures: [
      withTarget('Time to acknowledge (MTTA)', durations.timeToAcknowledgeMs, targets.mttaMinutes[highest]),
      withTarget('Time to first public update', firstPublicMs, nullToUndefined(policies[highest].firstPublicUpdateMinutes)),
      withTarget('Time to start mitigation', durations.timeToMitigationStartMs, nullToUndefined(policies[highest].mitigationStartMinutes)),
      withTarget('Time to mitigate', durations.timeToMitigateMs, undefined),
      withTarget('Time to resolve (MTTR)', durations.timeToResolveMs, targets.mttrMinutes[highest]),
    ],
    suspects: incident.suspects,
    runbooks: runbookProgress(incident),
    checks: Object.values(incident.checks).sort((a, b) => a.name.localeCompare(b.name)),
    updatesPosted: {
      customer: incident.updates.filter((u) => u.audience === 'customer').length,
      internal: incident.updates.filter((u) => u.audience === 'internal').length,
    },
    timeline: events.map(timelineEntry),
    followups: incident.followups,
    chain: input.chain,
    lastEvent: { seq: last.seq, hash: last.hash },
    generatedAt: now.toISOString(),
  };
}

/** Reached milestones in the order they happened; missing ones after them, in their usual order. */
function inTimeOrder(milestones: { label: string; at?: string | undefined }[]): { label: string; at?: string }[] {
  const reached = milestones.filter((x) => x.at).sort((a, b) => Date.parse(a.at!) - Date.parse(b.at!));
  return [...reached, ...milestones.filter((x) => !x.at)].map((x) => (x.at ? { label: x.label, at: x.at } : { label: x.label }));
}

const nullToUndefined = (value: number | null) => (value === null ? undefined : value);

function withTarget(label: string, ms: number | null, targetMinutes: number | undefined): Figure {
  return targetMinutes === undefined ? { label, ms } : { label, ms, targetMinutes };
}

/** Ticks per runbook version; a runbook attached but never ticked still appears. */
function runbookProgress(incident: IncidentState): PostmortemModel['runbooks'] {
  const byVersion = new Map<string, { runbook: string; contentHash: string; checked: number; unchecked: number }>();
  const key = (runbook: string, hash: string) => `${runbook}@${hash}`;
  for (const r of incident.attachedRunbooks) byVersion.set(key(r.runbook, r.contentHash), { ...r, checked: 0, unchecked: 0 });
  for (const tick of Object.values(incident.checklist)) {
    const k = key(tick.runbook, tick.contentHash);
    const entry = byVersion.get(k) ?? { runbook: tick.runbook, contentHash: tick.contentHash, checked: 0, unchecked: 0 };
    if (tick.checked) entry.checked++;
    else entry.unchecked++;
    byVersion.set(k, entry);
  }
  return [...byVersion.values()];
}

/** `2026-11-22-checkout-returns-502.md`: detection date and a slug of the title. */
export function postmortemFileName(model: Pick<PostmortemModel, 'date' | 'title' | 'id'>, extension = 'md'): string {
  const slug = model.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${model.date}-${slug || model.id.toLowerCase()}.${extension}`;
}
