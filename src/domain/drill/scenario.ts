/** A fire-drill scenario: the faults to inject at offsets and what a good response looks like. */
import { z } from 'zod';
import { parseDurationText } from '../duration-text.js';
import { SEVERITIES } from '../severity.js';

/** What a drill can break: the sandbox's moving parts. */
export const DRILL_TARGETS = ['shop', 'worker', 'redis', 'database'] as const;
export type DrillTarget = (typeof DRILL_TARGETS)[number];

/** Sandbox parts a scenario cannot run without (the shop is always there). */
export const DRILL_NEEDS = ['redis', 'postgres'] as const;
export type DrillNeed = (typeof DRILL_NEEDS)[number];

const duration = z.string().transform((text, ctx) => {
  const ms = parseDurationText(text);
  if (ms === undefined) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a duration (e.g. 30s, 2m, 1m30s)` });
    return z.NEVER;
  }
  return ms;
});
const offset = z.union([z.number().nonnegative().transform((s) => s * 1_000), duration]);
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
