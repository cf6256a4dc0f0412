/**
 * What a running drill tells the console in the same process: the scenario's title and briefing,
 * the latest result of each check the drill's loop ran (from the very start, before anything is
 * declared), and anything that went wrong injecting a fault. The console shows these on its start
 * screen and in its checks pane; the incident log stays the record of what the responders did.
 */
import type { CheckResult } from '../checks/check-runner.js';
import type { CheckStatus } from '../domain/events.js';

export type DrillFeedEvent =
  | { kind: 'check'; result: CheckResult; previous: CheckStatus | undefined }
  | { kind: 'problem'; text: string };

export interface DrillFeedSnapshot {
  title: string;
  briefing: string;
  /** How often the drill runs the checks. */
  everyMs: number;
  /** The latest finished result of each check, by name. */
  results: Readonly<Record<string, CheckResult>>;
  /** Problems of the drill itself (a fault that could not be injected), oldest first. */
  problems: readonly string[];
}

/** A small observable: the drill writes to it, the console subscribes; the snapshot is replaced on every change. */
export class DrillFeed {
  private current: DrillFeedSnapshot;
  private readonly listeners = new Set<(event: DrillFeedEvent) => void>();

  constructor(scenario: { title: string; briefing: string }, everyMs: number) {
    this.current = { title: scenario.title, briefing: scenario.briefing, everyMs, results: {}, problems: [] };
  }

  /** The state now; the same object until something changes. */
  readonly snapshot = (): DrillFeedSnapshot => this.current;

  /** Calls `listener` on every change; returns the unsubscribe function. */
  readonly subscribe = (listener: (event: DrillFeedEvent) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A check run by the drill finished (cancelled runs say nothing and are dropped). */
  checkFinished(result: CheckResult): void {
    if (result.cancelled) return;
    const previous = this.current.results[result.name]?.status;
    this.current = { ...this.current, results: { ...this.current.results, [result.name]: result } };
    this.emit({ kind: 'check', result, previous });
  }

  /** Something the drill could not do, for the player to see. */
  problem(text: string): void {
    this.current = { ...this.current, problems: [...this.current.problems, text] };
    this.emit({ kind: 'problem', text });
  }

  private emit(event: DrillFeedEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
