/** Fires a scenario's steps against the sandbox at their offsets, one at a time, in order. */
import { describeStep, type DrillScenario, type DrillStep } from '../domain/drill/scenario.js';
import { dueSteps, msUntilNextStep } from '../domain/drill/schedule.js';
import type { Sandbox } from './sandbox.js';

export interface InjectorEvents {
  onFired(step: DrillStep, at: Date, output: string): void;
  onFailed(step: DrillStep, error: unknown): void;
}

export interface Injector {
  /** When the first step that worked fired: the moment the fault is in. */
  firstFaultAt(): Date | undefined;
  stop(): void;
}

/** What one step does to the sandbox. */
export async function applyStep(sandbox: Sandbox, step: DrillStep): Promise<string> {
  switch (step.action) {
    case 'deploy':
      // --force: the bad release goes out even if a freeze is already on, as a rogue deploy would.
      return sandbox.shopctl(['deploy', '--force', step.version]);
    case 'stop':
      if (step.target === 'redis') return (await sandbox.stopRedis()) ? 'redis-server stopped' : 'no redis-server in this sandbox';
      if (step.target === 'worker') return sandbox.shopctl(['worker', 'stop']);
      if (step.target === 'database') return sandbox.shopctl(['relay', 'stop']);
      return sandbox.shopctl(['stop']);
    case 'slow':
      return sandbox.shopctl(['fault', 'slow', step.path, String(step.ms)]);
    case 'fail-rate':
      return sandbox.shopctl(['fault', 'fail-rate', step.path, String(step.percent)]);
    case 'fill':
      return sandbox.shopctl(['fill', String(step.jobs)]);
  }
}

/** Starts the clock of the scenario now; steps fire at their offsets from this moment. */
export function startInjector(scenario: DrillScenario, sandbox: Sandbox, now: () => Date, events: InjectorEvents): Injector {
  const started = now().getTime();
  const fired = new Set<number>();
  let firstAt: Date | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = async () => {
    for (const { position, step } of dueSteps(scenario, now().getTime() - started, fired)) {
      if (stopped) return;
      fired.add(position);
      const at = now();
      try {
        const output = await applyStep(sandbox, step);
        // Only a fault that went in starts the clock the score is measured from.
        firstAt ??= at;
        events.onFired(step, at, output);
      } catch (error) {
        events.onFailed(step, error instanceof Error ? new Error(`${describeStep(step)}: ${error.message}`) : error);
      }
    }
    schedule();
  };
  const schedule = () => {
    const wait = msUntilNextStep(scenario, now().getTime() - started, fired);
    if (stopped || wait === undefined) return;
    timer = setTimeout(() => void tick(), wait);
  };
  schedule();
  return {
    firstFaultAt: () => firstAt,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
