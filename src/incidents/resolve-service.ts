/**
 * The resolve flow shared by `warroom resolve` and the console's resolve dialog: put the
 * recovery verification runbook on the checklist, re-run every check (results go on the
 * timeline like any run), work out what is not verified, then record the resolution.
 */
import type { CheckDefinition } from '../config/sections/checks.js';
import type { CheckResult } from '../checks/check-runner.js';
import type { CheckService } from '../checks/check-service.js';
import { checklistEntries } from '../domain/checklist/checklist-sources.js';
import type { RunbookLoad } from '../domain/checklist/checklist-view.js';
import type { CheckStatus, IncidentEvent } from '../domain/events.js';
import type { IncidentState } from '../domain/incident-state.js';
import { buildResolvePreflight, decideResolve, RECOVERY_RUNBOOK, type PreflightCheck, type ResolvePreflight } from '../domain/resolve-preflight.js';
import type { ChecklistService } from '../runbooks/checklist-service.js';
import type { IncidentService } from './incident-service.js';

export interface PreflightOptions {
  /** Do not re-run the checks (resolving then needs a reason). */
  skipChecks?: boolean | undefined;
  signal?: AbortSignal | undefined;
  onCheckStart?: (definition: CheckDefinition) => void;
  onCheckResult?: (result: CheckResult, previousStatus: CheckStatus | undefined) => void;
}

/** The preflight, with what resolving needs to decide again against the freshest log. */
export interface PreparedResolve {
  preflight: ResolvePreflight;
  /** The runbook was attached by this preflight (it was not on the checklist yet). */
  attached: boolean;
  recovery: RunbookLoad;
  checks: PreflightCheck[] | undefined;
}

export interface ResolveOutcome {
  events: IncidentEvent[];
  resolvedAt: string;
  freezeLifted: boolean;
}

export class ResolveService {
  constructor(
    private readonly incidents: IncidentService,
    private readonly checks: CheckService,
    private readonly checklists: ChecklistService,
  ) {}

  /** Attaches the recovery runbook if needed, re-runs every check, and says what is not verified. */
  async preflight(incidentId: string, options: PreflightOptions = {}): Promise<PreparedResolve> {
    const incident = await this.incidents.current(incidentId);
    const attached = await this.attachRecovery(incident);
    const recovery = await this.loadRecovery();
    const checks = options.skipChecks ? undefined : await this.runChecks(incident.id, options);
    const fresh = await this.incidents.current(incident.id);
    return { preflight: buildResolvePreflight(fresh, { recovery, checks }), attached, recovery, checks };
  }

  /** Records the resolution, decided again under the store lock against the latest ticks. */
  async resolve(prepared: PreparedResolve, input: { note?: string | undefined; reason?: string | undefined }): Promise<ResolveOutcome> {
    const liftFreeze = this.incidents.loaded.config.freeze.liftOnResolve;
    const events = await this.incidents.record(prepared.preflight.incidentId, (incident) =>
      decideResolve(incident, { recovery: prepared.recovery, checks: prepared.checks, note: input.note, reason: input.reason, liftFreeze }),
    );
    return {
      events,
      resolvedAt: events[0]!.at,
      freezeLifted: events.some((e) => e.type === 'freeze.changed'),
    };
  }

  private async attachRecovery(incident: IncidentState): Promise<boolean> {
    const onChecklist = checklistEntries(this.incidents.loaded.config.runbooks, incident).some((e) => e.runbook === RECOVERY_RUNBOOK);
    if (onChecklist) return false;
    try {
      await this.checklists.attach(RECOVERY_RUNBOOK, incident.id);
      return true;
    } catch {
      // A missing or unreadable runbook shows up in the preflight as the checklist being unavailable.
      return false;
    }
  }

  private async loadRecovery(): Promise<RunbookLoad> {
    try {
      const doc = await this.checklists.library.load(RECOVERY_RUNBOOK);
      return { ok: true, value: { title: doc.title, contentHash: doc.contentHash, runbook: doc.runbook } };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  }

  private async runChecks(incidentId: string, options: PreflightOptions): Promise<PreflightCheck[]> {
    const report = await this.checks.run(this.checks.definitions(), {
      incidentId,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onCheckStart ? { onStart: options.onCheckStart } : {}),
      ...(options.onCheckResult ? { onResult: options.onCheckResult } : {}),
    });
    // Keep config order, so the dialog and the CLI list them the same way every time.
    const order = this.checks.definitions().map((d) => d.name);
    return report.results
      .map((r) => ({ name: r.name, status: r.cancelled ? ('UNKNOWN' as const) : r.status, summary: r.cancelled ? 'cancelled' : r.summary }))
      .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  }
}
