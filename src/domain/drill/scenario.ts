/** A fire-drill scenario: the faults to inject at offsets and what a good response looks like. */
import { z } from 'zod';
import { parseDurationText } from '../duration-text.js';
import { canonicalRunbookName } from '../checklist/checklist-sources.js';
import { SEVERITIES } from '../severity.js';

/** What a drill can break: the sandbox's moving parts. */
export const DRILL_TARGETS = ['shop', 'worker', 'redis', 'database'] as const;
export type DrillTarget = (typeof DRILL_TARGETS)[number];

/** Sandbox parts a scenario cannot run without (the shop is always there). */
export const DRILL_NEEDS = ['redis', 'postgres'] as const;
export type DrillNeed = (typeof DRILL_NEEDS)[number];

const DURATION_HINT = 'expected a duration such as "30s", "2m" or "1m30s" (a bare number is seconds)';

/** A duration as text ("30s") or a number of seconds, never negative; the message always shows the form. */
const duration = z.unknown().transform((value, ctx) => {
  const ms = typeof value === 'number' ? value * 1_000 : typeof value === 'string' ? parseDurationText(value) : undefined;
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) {
    const problem = value === undefined ? 'missing' : `${typeof value === 'string' ? `"${value}"` : JSON.stringify(value)} is not a duration`;
    ctx.addIssue({ code: 'custom', message: `${problem}: ${DURATION_HINT}` });
    return z.NEVER;
  }
  return ms;
});
/** When a step fires, from the start of the drill. */
const offset = duration;
const tag = z.string().regex(/^[A-Za-z0-9._-]+$/, 'a plain release tag such as v1.2.0');

const stepSchema = z.discriminatedUnion('action', [
  z.strictObject({ at: offset, action: z.literal('deploy'), version: tag, note: z.string().optional() }),
  z.strictObject({ at: offset, action: z.literal('stop'), target: z.enum(DRILL_TARGETS), note: z.string().optional() }),
  z.strictObject({ at: offset, action: z.literal('slow'), path: z.string().startsWith('/').default('/'), ms: z.number().int().positive().max(60_000), note: z.string().optional() }),
  z.strictObject({ at: offset, action: z.literal('fill'), jobs: z.number().int().positive().max(1_000_000), note: z.string().optional() }),
  z.strictObject({ at: offset, action: z.literal('fail-rate'), path: z.string().startsWith('/').default('/'), percent: z.number().min(0).max(100), note: z.string().optional() }),
]);

export const scenarioSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case words joined by dashes'),
  title: z.string().min(1),
  /** What the responder is told at the start; never the answer. */
  briefing: z.string().min(1),
  needs: z.array(z.enum(DRILL_NEEDS)).default([]),
  /** The service runbook for this kind of failure; the drill puts it on the incident's checklist. */
  runbook: z.string().min(1).optional(),
  steps: z.array(stepSchema).min(1),
  expect: z.strictObject({
    severity: z.enum(SEVERITIES),
    /** Names of the configured actions that count as the right mitigation. */
    mitigation: z.array(z.string().min(1)).min(1),
    /** Time from the fault to service restored that counts as good. */
    mitigatedWithin: duration.default(15 * 60_000),
  }),
});

export type DrillScenario = z.output<typeof scenarioSchema>;
export type DrillStep = DrillScenario['steps'][number];

/** What a drill's sandbox offers a scenario: its configured actions, its release tags and its runbooks. */
export interface SandboxOffer {
  actions: readonly string[];
  versions: readonly string[];
  runbooks: readonly string[];
}

/** A scenario field naming something the sandbox does not have. */
export interface ScenarioMismatch {
  path: (string | number)[];
  message: string;
}

const listed = (names: readonly string[]) => (names.length > 0 ? names.join(', ') : 'none');

/** Every name in the scenario the sandbox cannot honour, in file order: the runbook, a deployed version, an expected action. */
export function scenarioMismatches(scenario: DrillScenario, offer: SandboxOffer): ScenarioMismatch[] {
  const found: ScenarioMismatch[] = [];
  if (scenario.runbook !== undefined && !offer.runbooks.includes(canonicalRunbookName(scenario.runbook))) {
    found.push({ path: ['runbook'], message: `no runbook "${scenario.runbook}" (runbooks: ${listed(offer.runbooks)})` });
  }
  scenario.steps.forEach((step, index) => {
    if (step.action === 'deploy' && !offer.versions.includes(step.version)) {
      found.push({ path: ['steps', index, 'version'], message: `no release "${step.version}" in the sandbox's history (its releases: ${listed(offer.versions)})` });
    }
  });
  scenario.expect.mitigation.forEach((name, index) => {
    if (!offer.actions.includes(name)) found.push({ path: ['expect', 'mitigation', index], message: `no action "${name}" in the drill's sandbox (its actions: ${listed(offer.actions)})` });
  });
  return found;
}

/** Steps in the order they fire (stable for equal offsets). */
export function orderedSteps(scenario: Pick<DrillScenario, 'steps'>): DrillStep[] {
  return scenario.steps.map((step, index) => ({ step, index })).sort((a, b) => a.step.at - b.step.at || a.index - b.index).map((s) => s.step);
}

/** The offset of the first fault: the moment the drill counts as detected. */
export function firstFaultOffset(scenario: Pick<DrillScenario, 'steps'>): number {
  return orderedSteps(scenario)[0]?.at ?? 0;
}

/** One line describing a step for the drill's log, e.g. "deploy v1.2.0". */
export function describeStep(step: DrillStep): string {
  switch (step.action) {
    case 'deploy':
      return `deploy ${step.version}`;
    case 'stop':
      return `stop ${step.target}`;
    case 'slow':
      return `slow ${step.path} by ${step.ms} ms`;
    case 'fill':
      return `fill the queue with ${step.jobs} jobs`;
    case 'fail-rate':
      return `fail ${step.percent}% of ${step.path}`;
  }
}
