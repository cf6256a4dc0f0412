/**
 * Puts check results on an incident's timeline as they arrive. Results that come in while a
 * write is under way are written together in the next one, so twenty checks finishing at
 * once cost a few store writes rather than twenty turns of the lock.
 */
import { recordCheckRuns } from '../domain/checks/check-timeline.js';
import type { IncidentService } from '../incidents/incident-service.js';
import type { CheckResult } from './check-runner.js';

export class TimelineRecorder {
  /** Results that could not be written, with the reason. */
  readonly errors: string[] = [];
  private pending: CheckResult[] = [];
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly incidents: IncidentService,
    private readonly incidentId: string,
  ) {}

  /** Queues a result; the write starts at once unless one is already running. */
  add(result: CheckResult): void {
    this.pending.push(result);
    this.flushing ??= this.flush();
  }

  /** Resolves once everything added so far is written (or has failed). */
  async settled(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0);
      try {
        await this.incidents.record(this.incidentId, (incident) => recordCheckRuns(incident, batch));
      } catch (error) {
        for (const result of batch) this.errors.push(`${result.name}: ${(error as Error).message}`);
      }
    }
    this.flushing = undefined;
  }
}
