/**
 * The incident's checklist: which runbooks are on it, their files as they are now merged with
 * the recorded ticks, and ticking or attaching through the incident service (so every change
 * is a timeline event, decided under the store lock).
 */
import { attachRunbook, toggleChecklistItem } from '../domain/checklist/checklist-commands.js';
import { checklistEntries, type ChecklistConfig } from '../domain/checklist/checklist-sources.js';
import { buildChecklistView, type ChecklistView, type ItemView, type RunbookLoad } from '../domain/checklist/checklist-view.js';
import { findItem } from '../domain/checklist/find-item.js';
import type { IncidentEvent } from '../domain/events.js';
import type { IncidentState } from '../domain/incident-state.js';
import type { IncidentService } from '../incidents/incident-service.js';
import { RunbookLibrary, type RunbookDocument } from './runbook-library.js';

export interface ToggleResult {
  item: ItemView;
  event: IncidentEvent;
}

export interface AttachResult {
  document: RunbookDocument;
  event: IncidentEvent;
}

export class ChecklistService {
  constructor(
    private readonly incidents: IncidentService,
    readonly library: RunbookLibrary,
    readonly config: ChecklistConfig,
  ) {}

  /** The service for an incident service's own config. */
  static forIncidents(incidents: IncidentService): ChecklistService {
    return new ChecklistService(incidents, RunbookLibrary.fromConfig(incidents.loaded), incidents.loaded.config.runbooks);
  }

  /** The checklist of the named incident (default: the current one). */
  async view(incidentId?: string): Promise<ChecklistView> {
    return this.viewOf(await this.incidents.current(incidentId));
  }

  /** The checklist of an incident already folded (the console folds on every store change). */
  async viewOf(incident: IncidentState): Promise<ChecklistView> {
    const entries = checklistEntries(this.config, incident);
    return buildChecklistView(incident, entries, await this.loads(entries.map((e) => e.runbook)));
  }

  /**
   * Reads the named runbook files as they are now, each loaded or with why not. The console keeps
   * these and builds the view from every new fold of the log, so a tick shows without a re-read.
   */
  async loads(runbooks: readonly string[]): Promise<Map<string, RunbookLoad>> {
    const loads = await Promise.all(runbooks.map(async (runbook): Promise<[string, RunbookLoad]> => {
      try {
        const doc = await this.library.load(runbook);
        return [runbook, { ok: true, value: { title: doc.title, contentHash: doc.contentHash, runbook: doc.runbook } }];
      } catch (error) {
        return [runbook, { ok: false, error: (error as Error).message }];
      }
    }));
    return new Map(loads);
  }

  /** Ticks (`checked` true) or unticks the item a reference names; records the file version seen. */
  async toggle(reference: string, checked: boolean, incidentId?: string): Promise<ToggleResult> {
    const view = await this.view(incidentId);
    const item = findItem(view, reference);
    const contentHash = view.runbooks.find((r) => r.runbook === item.runbook)?.contentHash ?? '';
    const target = { runbook: item.runbook, itemId: item.id, text: item.text, contentHash };
    const [event] = await this.incidents.record(view.incidentId, (incident) => toggleChecklistItem(incident, target, checked));
    return { item, event: event! };
  }

  /** Attaches a runbook to the incident, recording the hash of the file as read now. */
  async attach(name: string, incidentId?: string): Promise<AttachResult> {
    const incident = await this.incidents.current(incidentId);
    const document = await this.library.load(name);
    const [event] = await this.incidents.record(incident.id, (fresh) => attachRunbook(fresh, this.config, document.name, document.contentHash));
    return { document, event: event! };
  }
}
