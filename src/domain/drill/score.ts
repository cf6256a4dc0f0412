/** The drill's score: how the response compared with the severity's targets and the scenario's answer. */
import type { IncidentEvent } from '../events.js';
import type { IncidentState } from '../incident-state.js';
import type { Severity, SeverityPolicies } from '../severity.js';
import { orderedSteps, type DrillScenario } from './scenario.js';

const MINUTE = 60_000;
/** DOMAIN: acknowledge (declare) within 5 minutes for serious incidents; the same bar for any drill. */
export const DECLARE_TARGET_MS = 5 * MINUTE;

export interface TimedMark {
  label: string;
  /** From the first fault; null when it never happened. */
  ms: number | null;
  targetMs: number | null;
  /** null when there is no target to meet. */
  met: boolean | null;
}

export interface DrillScore {
  scenario: string;
  faultAt: string;
  endedAt: string;
  incidentId: string | null;
  severity: { expected: Severity; chosen: Severity | null; met: boolean };
  times: TimedMark[];
  suspect: { expected: string | null; marked: string[]; met: boolean | null };
  mitigation: { expected: string[]; used: string[]; met: boolean };
  checklist: { ticked: number; total: number; share: number | null };
  points: number;
  outOf: number;
}

export interface ScoreInput {
  scenario: DrillScenario;
  /** The drill's incident (the first one declared after the fault), if any. */
  incident: IncidentState | undefined;
  faultAt: string;
  endedAt: string;
  policies: SeverityPolicies;
  /** Ticked and total items of the incident's checklist (its runbooks are read by the caller). */
  checklist: { done: number; total: number };
}

function since(faultAt: string, at: string | undefined): number | null {
  return at === undefined ? null : Math.max(0, Date.parse(at) - Date.parse(faultAt));
}

function timed(label: string, ms: number | null, targetMs: number | null): TimedMark {
  return { label, ms, targetMs, met: targetMs === null ? null : ms !== null && ms <= targetMs };
}

const minutes = (value: number | null) => (value === null ? null : value * MINUTE);

/** Names of the actions run, first use first (a dry run and the real run count once). */
function actionsStarted(events: readonly IncidentEvent[]): string[] {
  const names: string[] = [];
  for (const event of events) if (event.type === 'action.started') names.push((event.data as { name: string }).name);
  return [...new Set(names)];
}

/** Scores a finished drill; pure: every time comes in as an argument. */
export function scoreDrill(input: ScoreInput): DrillScore {
  const { scenario, incident, faultAt, policies } = input;
  const policy = policies[scenario.expect.severity];
  const m = incident?.milestones;
  const firstCustomerUpdate = incident?.updates.find((u) => u.audience === 'customer')?.at;
  const times = [
    timed('declare', since(faultAt, m?.declared), DECLARE_TARGET_MS),
    timed('first customer update', since(faultAt, firstCustomerUpdate), minutes(policy.firstPublicUpdateMinutes)),
    timed('start mitigating', since(faultAt, m?.mitigationStarted), minutes(policy.mitigationStartMinutes)),
    timed('mitigate', since(faultAt, m?.mitigated), scenario.expect.mitigatedWithin),
  ];
  const badDeploy = orderedSteps(scenario).find((s) => s.action === 'deploy');
  const expectedSuspect = badDeploy?.action === 'deploy' ? badDeploy.version : null;
  const marked = incident?.suspects.map((s) => s.ref ?? s.title) ?? [];
  const suspectMet = expectedSuspect === null ? null : marked.includes(expectedSuspect);
  const used = incident ? actionsStarted(incident.events) : [];
  const mitigationMet = used.some((name) => scenario.expect.mitigation.includes(name));
  const { done: ticked, total } = input.checklist;
  const severityMet = incident?.severity === scenario.expect.severity;
  const checks = [severityMet, ...times.map((t) => t.met), suspectMet, mitigationMet, total > 0 ? ticked / total >= 0.5 : null];
  const counted = checks.filter((c): c is boolean => c !== null);
  return {
    scenario: scenario.name,
    faultAt,
    endedAt: input.endedAt,
    incidentId: incident?.id ?? null,
    severity: { expected: scenario.expect.severity, chosen: incident?.severity ?? null, met: severityMet },
    times,
    suspect: { expected: expectedSuspect, marked, met: suspectMet },
    mitigation: { expected: scenario.expect.mitigation, used, met: mitigationMet },
    checklist: { ticked, total, share: total > 0 ? ticked / total : null },
    points: counted.filter(Boolean).length,
    outOf: counted.length,
  };
}
