/**
 * Incident operations shared by the CLI and the console: load, decide (pure domain), append.
 * Decisions run under the store lock against a fresh read, so two responders acting at once
 * are both checked against the latest state.
 */
import type { NewEvent, IncidentEvent } from '../domain/events.js';
import { foldAll } from '../domain/fold.js';
import type { IncidentState } from '../domain/incident-state.js';
import { declareIncident, selectIncident, type DeclareInput } from '../domain/incident-commands.js';
import { resolveConfigPath, type LoadedConfig } from '../config/load-config.js';
import type { EventStore } from '../store/event-store.js';
import { deployFreeze, describeHolds, type DeployFreeze } from '../domain/deploy-freeze.js';
import { syncFreezeFile } from './freeze-file.js';

export type Decision = (incident: IncidentState, all: IncidentState[]) => NewEvent[];

export interface IncidentServiceOptions {
  /** A practice store: every incident declared through this service is a drill. */
  drill?: boolean;
}

export class IncidentService {
  constructor(
    readonly store: EventStore,
    readonly loaded: LoadedConfig,
    readonly now: () => Date = () => new Date(),
    readonly options: IncidentServiceOptions = {},
  ) {}

  /** Whether this service works on a drill's store. */
  get drill(): boolean {
    return this.options.drill === true;
  }

  /** Every incident in the store, in declaration order. */
  async incidents(): Promise<IncidentState[]> {
    const data = await this.store.read();
    return foldAll(data.events);
  }

  /** The named incident, or the most recently declared open one. */
  async current(incidentId?: string): Promise<IncidentState> {
    return selectIncident(await this.incidents(), incidentId);
  }

  /** Declares a new incident and returns it. */
  async declare(input: DeclareInput): Promise<IncidentState> {
    const declared = this.drill ? { ...input, drill: true } : input;
    const stored = await this.store.append((data) => declareIncident(foldAll(data.events), declared, this.loaded.policies, this.now()));
    await this.afterAppend(stored);
    const id = stored[0]!.incidentId;
    return selectIncident(await this.incidents(), id);
  }

  /** Applies a decision to the selected incident under the store lock; returns the stored events. */
  async record(incidentId: string | undefined, decide: Decision): Promise<IncidentEvent[]> {
    const stored = await this.store.append((data) => {
      const all = foldAll(data.events);
      return decide(selectIncident(all, incidentId), all);
    });
    await this.afterAppend(stored);
    return stored;
  }

  /** Applies a decision that spans the whole store (several incidents, or none) under the store lock. */
  async recordAcross(decide: (all: IncidentState[], events: readonly IncidentEvent[]) => NewEvent[]): Promise<IncidentEvent[]> {
    const stored = await this.store.append((data) => decide(foldAll(data.events), data.events));
    await this.afterAppend(stored);
    return stored;
  }

  /** The deploy freeze over every incident and the by-hand freeze stream. */
  async deployFreeze(): Promise<DeployFreeze> {
    return deployFreeze((await this.store.read()).events);
  }

  private async afterAppend(events: IncidentEvent[]): Promise<void> {
    const file = this.loaded.config.freeze.file;
    if (!file || !events.some((event) => event.type === 'freeze.changed')) return;
    // The file mirrors the whole store's freeze: lifting one incident's freeze keeps it while another still holds one.
    const freeze = await this.deployFreeze();
    await syncFreezeFile(resolveConfigPath(this.loaded, file), freeze.frozen, describeHolds(freeze).map((h) => `frozen: ${h}`).join('\n'));
  }
}
