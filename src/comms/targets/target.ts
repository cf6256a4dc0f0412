/** What every update target implements, and the message they all receive. */
import type { UpdateAudience, UpdateKind, UpdateTargetResult } from '../../domain/events.js';
import type { IncidentStatus } from '../../domain/events.js';
import type { Severity } from '../../domain/severity.js';

/** One update as targets see it: the text plus enough context for a status log or a webhook. */
export interface UpdateMessage {
  incidentId: string;
  title: string;
  severity: Severity;
  status: IncidentStatus;
  service: string;
  kind: UpdateKind;
  audience: UpdateAudience;
  text: string;
  /** ISO UTC. */
  postedAt: string;
  actor: string;
}

export interface UpdateTarget {
  readonly name: string;
  /** Posts the update; resolves with the outcome and never rejects (a failure is a result). */
  post(message: UpdateMessage): Promise<UpdateTargetResult>;
}

/** Runs a target's work and turns any throw into a failed result with the elapsed time. */
export async function settle(name: string, work: () => Promise<{ detail: string }>): Promise<UpdateTargetResult> {
  const started = performance.now();
  try {
    const { detail } = await work();
    return { target: name, ok: true, detail, durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { target: name, ok: false, error: message, durationMs: Math.round(performance.now() - started) };
  }
}
