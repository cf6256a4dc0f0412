/** The injector fires steps at their offsets; a step that fails is reported and never starts the fault clock. */
import { describe, expect, it } from 'vitest';
import { scenarioSchema, type DrillStep } from '../../../src/domain/drill/scenario.js';
import { startInjector } from '../../../src/drill/fault-injector.js';
import type { Sandbox } from '../../../src/drill/sandbox.js';

const scenario = scenarioSchema.parse({
  name: 'x',
  title: 't',
  briefing: 'b',
  steps: [
    { at: 0, action: 'fill', jobs: 10 },
    { at: 0.2, action: 'slow', path: '/', ms: 100 },
  ],
  expect: { severity: 'SEV2', mitigation: ['restart'] },
});

/** A shop without a queue: `fill` fails as the real shopctl does; the rest works. */
const shopWithoutQueue = {
  shopctl: (args: string[]) => (args[0] === 'fill' ? Promise.reject(new Error('this shop has no queue')) : Promise.resolve(`ok: ${args.join(' ')}`)),
} as unknown as Sandbox;

describe('fault injector', () => {
  it('reports a failed step and starts the fault clock at the first step that went in', async () => {
    const failed: { message: string; clock: Date | undefined }[] = [];
    const fired: { step: DrillStep; at: Date }[] = [];
    let firedOnce: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (firedOnce = resolve));
    const injector = startInjector(scenario, shopWithoutQueue, () => new Date(), {
      onFired: (step, at) => {
        fired.push({ step, at });
        firedOnce();
      },
      onFailed: (_step, error) => failed.push({ message: (error as Error).message, clock: injector.firstFaultAt() }),
    });
    await done;
    injector.stop();
    expect(failed).toEqual([{ message: 'fill the queue with 10 jobs: this shop has no queue', clock: undefined }]);
    expect(fired.map((f) => f.step.action)).toEqual(['slow']);
    expect(injector.firstFaultAt()).toEqual(fired[0]!.at);
  });
});
