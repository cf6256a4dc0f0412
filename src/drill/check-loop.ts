/**
 * Runs the drill's checks every few seconds while an incident is open, so the console shows red
 * and green by itself. Only state changes go on the timeline; a run that changes nothing adds nothing.
 */
import type { CheckService } from '../checks/check-service.js';
import { isOpen } from '../domain/incident-state.js';
import type { IncidentService } from '../incidents/incident-service.js';

/** Starts the loop; the returned function stops it and waits for a run in progress. */
export function startCheckLoop(checks: CheckService, incidents: IncidentService, everyMs: number): () => Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const round = async () => {
    const open = (await incidents.incidents()).filter(isOpen);
    if (open.length > 0 && !stopped) await checks.run(checks.definitions(), { record: 'changes' });
  };
  const loop = () => {
    if (stopped) return;
    current = round().catch(() => undefined);
    void current.then(() => {
      if (!stopped) timer = setTimeout(loop, everyMs);
    });
  };
  timer = setTimeout(loop, everyMs);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await current;
  };
}
