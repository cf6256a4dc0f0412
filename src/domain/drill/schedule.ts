/** Which scenario steps are due: a pure function of the elapsed time and what already fired. */
import { orderedSteps, type DrillScenario, type DrillStep } from './scenario.js';

export interface DueStep {
  /** Position in firing order; the caller remembers which positions fired. */
  position: number;
  step: DrillStep;
}

/** Steps whose offset has passed and that have not fired yet, in firing order. */
export function dueSteps(scenario: Pick<DrillScenario, 'steps'>, elapsedMs: number, fired: ReadonlySet<number>): DueStep[] {
  return orderedSteps(scenario)
    .map((step, position) => ({ position, step }))
    .filter(({ position, step }) => step.at <= elapsedMs && !fired.has(position));
}

/** Milliseconds until the next unfired step, or undefined when all have fired. */
export function msUntilNextStep(scenario: Pick<DrillScenario, 'steps'>, elapsedMs: number, fired: ReadonlySet<number>): number | undefined {
  const next = orderedSteps(scenario).find((_, position) => !fired.has(position));
  return next === undefined ? undefined : Math.max(0, next.at - elapsedMs);
}
