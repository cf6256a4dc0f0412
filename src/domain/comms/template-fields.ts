/** The values a status-update template can use, computed from the incident and the cadence. */
import { updateIntervalMinutes } from '../deadlines.js';
import { incidentDurations } from '../durations.js';
import type { IncidentStatus, UpdateAudience, UpdateKind } from '../events.js';
import type { IncidentState } from '../incident-state.js';
import type { SeverityPolicy } from '../severity.js';
import { minutesInWords, messageTime, messageDateTime } from './message-time.js';
import { nextUpdateAtText } from './next-update-time.js';
import { parseTemplate, renderTemplate } from './template-render.js';
import { factsSinceLastUpdate, formatFacts } from './update-digest.js';

/** Every field a template may name, with what it holds (documented in docs/comms.md). */
export const TEMPLATE_FIELDS = {
  incidentId: 'the incident id, e.g. INC-4',
  title: 'the incident title, as responders wrote it',
  service: 'the service name from the config (`service:`)',
  feature: 'what customers see as affected: `comms.affectedFeature`, else the service name',
  severity: 'SEV1 to SEV4',
  severityLabel: 'the severity label (Critical, Major, Minor, Low)',
  status: 'investigating, identified, monitoring or resolved',
  statusLine: 'one customer-ready sentence saying where the response stands',
  impact: 'who is affected and how (the incident impact); empty until someone writes it',
  summary: 'the incident summary; may be empty',
  detectedAt: 'when the problem was first noticed, e.g. 2026-11-22 03:10 UTC',
  declaredAt: 'when the incident was declared (UTC)',
  writtenAt: 'when this draft was made (UTC)',
  nextUpdateAt: 'when the next update is due by the cadence, e.g. 03:40 UTC; empty for a resolution',
  nextUpdateIn: 'the cadence interval in words, e.g. 30 minutes; empty for a resolution',
  trigger: 'suspected triggers marked on the timeline (for internal updates); may be empty',
  currentAction: 'what responders are doing right now',
  failingChecks: 'checks not currently OK, with their status; may be empty',
  newFacts: 'a bullet list of what happened since the last update to this audience; may be empty',
  resolvedAt: 'when the incident was resolved (UTC); empty while open',
  duration: 'from detection to resolution (or to now) in words, e.g. 1 hour 5 minutes',
  commander: 'the Incident Commander; may be empty',
  commsLead: 'the Communications Lead; may be empty',
} as const;

export type TemplateField = keyof typeof TEMPLATE_FIELDS;
export type TemplateValues = Record<TemplateField, string>;

export interface TemplateFieldInput {
  incident: IncidentState;
  kind: UpdateKind;
  audience: UpdateAudience;
  policy: SeverityPolicy;
  service: string;
  affectedFeature?: string | undefined;
  now: Date;
}

const STATUS_LINES: Record<IncidentStatus, string> = {
  investigating: 'We are investigating the cause.',
  identified: 'We have identified the cause and are working to restore full service.',
  monitoring: 'A fix has been applied and we are monitoring the results.',
  resolved: 'The issue has been resolved.',
};

function currentAction(incident: IncidentState): string {
  if (incident.runningAction) {
    const a = incident.runningAction;
    return `running "${a.name}" (started ${messageTime(a.startedAt)} by ${a.actor})`;
  }
  const m = incident.milestones;
  if (m.resolved) return `resolved at ${messageTime(m.resolved)}`;
  if (m.mitigated) return `mitigated at ${messageTime(m.mitigated)}; watching for recurrence`;
  if (m.mitigationStarted) return `mitigation under way since ${messageTime(m.mitigationStarted)}`;
  return incident.status === 'identified' ? 'preparing a mitigation' : 'investigating';
}

function trigger(incident: IncidentState): string {
  return incident.suspects
    .map((s) => `${s.kind} "${s.title}"${s.ref ? ` (${s.ref})` : ''} at ${messageTime(s.changedAt)}`)
    .join('; ');
}

function failingChecks(incident: IncidentState): string {
  return Object.values(incident.checks)
    .filter((c) => c.status !== 'OK')
    .map((c) => `${c.name} ${c.status}`)
    .join(', ');
}

/** Computes every template field for one draft. */
export function templateValues(input: TemplateFieldInput): TemplateValues {
  const { incident, kind, audience, policy, now } = input;
  const nowIso = now.toISOString();
  const final = kind === 'resolution';
  const m = incident.milestones;
  return {
    incidentId: incident.id,
    title: incident.title,
    service: input.service,
    feature: input.affectedFeature?.trim() || input.service,
    severity: incident.severity,
    severityLabel: policy.label,
    status: incident.status,
    statusLine: STATUS_LINES[incident.status],
    impact: incident.impact.trim(),
    summary: incident.summary.trim(),
    detectedAt: messageDateTime(m.detected),
    declaredAt: messageDateTime(m.declared),
    writtenAt: messageDateTime(nowIso),
    nextUpdateAt: final ? '' : nextUpdateAtText(policy, audience, now),
    nextUpdateIn: final ? '' : minutesInWords(updateIntervalMinutes(policy, audience)),
    trigger: trigger(incident),
    currentAction: currentAction(incident),
    failingChecks: failingChecks(incident),
    newFacts: formatFacts(factsSinceLastUpdate(incident, audience)),
    resolvedAt: m.resolved ? messageDateTime(m.resolved) : '',
    duration: minutesInWords(incidentDurations(incident, now).elapsedMs / 60_000),
    commander: incident.roles.commander ?? '',
    commsLead: incident.roles.comms ?? '',
  };
}

/** Fills a template text (`source` names it in errors) with the fields of one draft. */
export function fillUpdateTemplate(text: string, source: string, input: TemplateFieldInput): string {
  const parsed = parseTemplate(text, source, Object.keys(TEMPLATE_FIELDS));
  return renderTemplate(parsed, templateValues(input));
}
