/**
 * Runs the drill's checks from the start and then every few seconds, so the console shows red
 * and green by itself, before anything is declared too. Every result goes to the drill's feed;
 * on the timeline of an open incident only state changes go, so a run that changes nothing adds nothing.
 */
import type { CheckResult } from '../checks/check-runner.js';
import type { CheckService } from '../checks/check-service.js';

/** Starts the loop (the first round at once); the returned function stops it and waits for a run in progress. */
export function startCheckLoop(checks: CheckService, everyMs: number, onResult: (result: CheckResult) => void): () => Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const loop = () => {
    if (stopped) return;
    current = checks.run(checks.definitions(), { record: 'changes', onResult }).catch(() => undefined);
    void current.then(() => {
      if (!stopped) timer = setTimeout(loop, everyMs);
    });
  };
  loop();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await current;
  };
}
