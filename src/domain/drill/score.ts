/** The drill's score: how the response compared with the severity's targets and the scenario's answer. */
import { isEventOfType, type IncidentEvent } from '../events.js';
import type { IncidentState } from '../incident-state.js';
import type { Severity, SeverityPolicies } from '../severity.js';
import { checklistFollowed, type JudgedChecklist } from './checklist-judge.js';
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
  mitigation: MitigationRuns & { expected: string[]; met: boolean };
  checklist: JudgedChecklist & { met: boolean | null };
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
  /** The judged part of the incident's checklist (its runbooks are read by the caller). */
  checklist: JudgedChecklist;
}

/** The actions run for real, by outcome; dry runs apart, since they change nothing. */
export interface MitigationRuns {
  /** Ran for real and finished with exit 0. */
  used: string[];
  /** Ran for real and failed, timed out, was cancelled, or had not finished when the drill ended. */
  failed: string[];
  /** Only ever dry-run. */
  dryRunOnly: string[];
}

function since(faultAt: string, at: string | undefined): number | null {
  return at === undefined ? null : Math.max(0, Date.parse(at) - Date.parse(faultAt));
}

function timed(label: string, ms: number | null, targetMs: number | null): TimedMark {
  return { label, ms, targetMs, met: targetMs === null ? null : ms !== null && ms <= targetMs };
}

const minutes = (value: number | null) => (value === null ? null : value * MINUTE);

function finishedWell(run: IncidentEvent<'action.finished'>['data']): boolean {
  return run.exitCode === 0 && !run.cancelled && !run.timedOut && run.error === undefined;
}

/** Each action's real runs, first run first: a name is "used" once one of its real runs worked. */
export function mitigationRuns(events: readonly IncidentEvent[]): MitigationRuns {
  const worked = new Set<string>();
  const tried = new Set<string>();
  const dry = new Set<string>();
  for (const event of events) {
    if (isEventOfType(event, 'action.started')) (event.data.dryRun ? dry : tried).add(event.data.name);
    else if (isEventOfType(event, 'action.finished') && !event.data.dryRun && finishedWell(event.data)) worked.add(event.data.name);
  }
  return {
    used: [...worked],
    failed: [...tried].filter((name) => !worked.has(name)),
    dryRunOnly: [...dry].filter((name) => !tried.has(name)),
  };
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
  const runs = mitigationRuns(incident?.events ?? []);
  const mitigationMet = runs.used.some((name) => scenario.expect.mitigation.includes(name));
  const followed = checklistFollowed(input.checklist);
  const severityMet = incident?.severity === scenario.expect.severity;
  const checks = [severityMet, ...times.map((t) => t.met), suspectMet, mitigationMet, followed];
  const counted = checks.filter((c): c is boolean => c !== null);
  return {
    scenario: scenario.name,
    faultAt,
    endedAt: input.endedAt,
    incidentId: incident?.id ?? null,
    severity: { expected: scenario.expect.severity, chosen: incident?.severity ?? null, met: severityMet },
    times,
    suspect: { expected: expectedSuspect, marked, met: suspectMet },
    mitigation: { expected: scenario.expect.mitigation, ...runs, met: mitigationMet },
    checklist: { ...input.checklist, met: followed },
    points: counted.filter(Boolean).length,
    outOf: counted.length,
  };
}
