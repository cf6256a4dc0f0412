/**
 * Guided mitigation as the console and `warroom action` use it: prepare a preflight (verify
 * checks run fresh, rollback target worked out), run the dry run or the action itself on the
 * record, verify with before/after, and mark the incident mitigated. Every timeline event goes
 * through the incident service; the "one action at a time" rule is decided under its lock.
 */
import type { ChangeService } from '../changes/change-service.js';
import type { CheckService } from '../checks/check-service.js';
import type { LoadedConfig } from '../config/load-config.js';
import type { ActionDefinition } from '../config/sections/actions.js';
import { finishAction, markMitigated, recordVerification, startAction, verificationPassed, type VerifyRow } from '../domain/actions/action-commands.js';
import type { RunOutcome } from '../domain/actions/action-flow.js';
import { actionMenu, requireAction, type ActionOption } from '../domain/actions/action-options.js';
import { chooseTarget, type TargetChange } from '../domain/actions/action-target.js';
import { suggestNextOptions, type Suggestion } from '../domain/actions/next-option.js';
import { createLiveRedactor } from '../domain/actions/live-redaction.js';
import { outputTail } from '../domain/actions/output-lines.js';
import { placeholdersIn } from '../domain/actions/placeholders.js';
import { buildPreflight, type Preflight } from '../domain/actions/preflight.js';
import type { OwnerGone } from '../domain/actions/running-action.js';
import { changeRows } from '../domain/changes/change-view.js';
import { DomainError } from '../domain/domain-error.js';
import type { IncidentEvent } from '../domain/events.js';
import type { IncidentState } from '../domain/incident-state.js';
import { createRedactor, type Redactor } from '../domain/redaction.js';
import type { IncidentService } from '../incidents/incident-service.js';
import { runActionProcess } from './action-process.js';
import { ownerGone, thisOwner } from './run-owner.js';

export interface ActionServiceOptions {
  /** Where `passEnv` names are looked up; defaults to this process's environment. */
  parentEnv?: NodeJS.ProcessEnv;
  installDir?: string;
  /** Change sources for the rollback target; without them only marked suspects count. */
  changes?: ChangeService;
  /** Set in a read-only console: every action is refused with this reason. */
  disabledReason?: string;
  /** Whether a recorded run's warroom process has died; by default, a pid check on this host. */
  ownerGone?: OwnerGone;
}

/** A preflight pinned to the incident it was prepared for. */
export interface Prepared {
  incidentId: string;
  definition: ActionDefinition;
  preflight: Preflight;
}

export interface RunRequest {
  dryRun?: boolean;
  signal?: AbortSignal | undefined;
  onOutput?: ((chunk: string) => void) | undefined;
}

export interface RunReport {
  outcome: RunOutcome;
  /** The merged output's last lines, redacted like everything shown or stored (a screen may be shared). */
  lines: string[];
  /** Next options when it failed (never for a dry run). */
  suggestions: Suggestion[];
  events: IncidentEvent[];
}

const CHANGE_PLACEHOLDERS = ['version', 'ref', 'previousVersion'];

export class ActionService {
  private readonly redactor: Redactor;
  private readonly ownerGone: OwnerGone;

  constructor(
    private readonly loaded: LoadedConfig,
    private readonly incidents: IncidentService,
    private readonly checks: CheckService,
    private readonly options: ActionServiceOptions = {},
  ) {
    this.redactor = createRedactor(loaded.config.export.redact);
    this.ownerGone = options.ownerGone ?? ownerGone;
  }

  /** The configured actions, fastest typical restore first. */
  menu(): ActionOption[] {
    return actionMenu(this.loaded.config.actions);
  }

  /** Runs the verify checks (recorded on the incident), works out the target and builds the preflight. */
  async prepare(name: string, request: { incidentId?: string | undefined; ref?: string | undefined; signal?: AbortSignal; refreshChecks?: boolean } = {}): Promise<Prepared> {
    const option = requireAction(this.menu(), name);
    const definition = requireAction(this.loaded.config.actions, name);
    let incident = await this.incidents.current(request.incidentId);
    if (request.refreshChecks !== false && option.verify.length > 0 && incident.status !== 'resolved') {
      await this.checks.run(this.checks.select(option.verify), { incidentId: incident.id, ...(request.signal ? { signal: request.signal } : {}) });
      incident = await this.incidents.current(incident.id);
    }
    const target = await this.target(option, incident, request.ref, request.signal);
    const preflight = buildPreflight({
      action: option,
      incident,
      target,
      configuredService: this.loaded.config.service,
      disabledReason: this.options.disabledReason,
      ownerGone: this.ownerGone,
    });
    return { incidentId: incident.id, definition, preflight };
  }

  /** Runs the action (or its dry run) on the record; the finish is recorded whatever happens. */
  async run(prepared: Prepared, request: RunRequest = {}): Promise<RunReport> {
    const { preflight, incidentId, definition } = prepared;
    const dryRun = request.dryRun === true;
    const argv = dryRun ? preflight.dryRunArgv : preflight.argv;
    if (!argv) throw new DomainError(`${preflight.name} has no dry-run command (add \`dryRun:\` to the action in warroom.yaml)`, 'usage');
    if (preflight.blockers.length > 0) throw new DomainError(`cannot run ${preflight.name}: ${preflight.blockers.join('; ')}`);
    const recordedArgv = this.redactor.deep(argv);
    const started = await this.incidents.record(incidentId, (incident) =>
      startAction(incident, { name: preflight.name, kind: preflight.kind, argv: recordedArgv, dryRun, changeId: preflight.target?.changeId, owner: thisOwner() }, this.ownerGone),
    );
    let result: Awaited<ReturnType<typeof runActionProcess>> | undefined;
    const onOutput = request.onOutput;
    // What streams to a screen is redacted as it arrives, with the same rules as the stored tail.
    const live = onOutput ? createLiveRedactor(this.redactor.text, onOutput) : undefined;
    try {
      result = await runActionProcess({
        argv,
        definition,
        baseDir: this.loaded.baseDir,
        installDir: this.options.installDir,
        parentEnv: this.options.parentEnv ?? process.env,
        extraEnv: {
          WARROOM_INCIDENT: incidentId,
          WARROOM_ACTION: preflight.name,
          WARROOM_ACTOR: this.incidents.store.actor,
          ...(dryRun ? { WARROOM_DRY_RUN: '1' } : {}),
        },
        signal: request.signal,
        onOutput: live ? (chunk) => live.write(chunk) : undefined,
      });
    } finally {
      live?.end();
      // Recorded even when something above threw, so the incident is never left "running".
      const outcome = result ?? { exitCode: null, durationMs: 0, cancelled: false, timedOut: false, error: 'the run failed inside warroom', lines: [] };
      const finished = await this.incidents.record(incidentId, (incident) =>
        finishAction(incident, {
          name: preflight.name,
          kind: preflight.kind,
          argv: recordedArgv,
          exitCode: outcome.exitCode,
          durationMs: outcome.durationMs,
          outputTail: this.redactor.text(outputTail(result?.lines ?? [])),
          ...(outcome.cancelled ? { cancelled: true } : {}),
          ...(outcome.timedOut ? { timedOut: true } : {}),
          ...(outcome.error !== undefined ? { error: this.redactor.text(outcome.error) } : {}),
          ...(dryRun ? { dryRun: true } : {}),
        }),
      );
      started.push(...finished);
    }
    const { argv: _argv, lines: rawLines, ...outcome } = result;
    const lines = rawLines.length > 0 ? this.redactor.text(rawLines.join('\n')).split('\n') : [];
    const failed = outcome.exitCode !== 0 || outcome.cancelled;
    const suggestions = failed && !dryRun && !outcome.cancelled ? suggestNextOptions(preflight.name, this.menu(), await this.incidents.current(incidentId)) : [];
    return { outcome, lines, suggestions, events: started };
  }

  /** Re-runs the verify checks and records the before/after view; `before` is the state the preflight showed. */
  async verify(prepared: Prepared, request: { signal?: AbortSignal | undefined; onRow?: (row: VerifyRow) => void } = {}): Promise<{ rows: VerifyRow[]; passed: boolean }> {
    const { preflight, incidentId } = prepared;
    if (preflight.verify.length === 0) return { rows: [], passed: false };
    const before = new Map(preflight.verify.map((v) => [v.name, v.status]));
    const toRow = (result: { name: string; status: VerifyRow['after']; summary: string }): VerifyRow => {
      const was = before.get(result.name);
      return { name: result.name, after: result.status, summary: result.summary, ...(was !== undefined ? { before: was } : {}) };
    };
    const report = await this.checks.run(this.checks.select(preflight.verify.map((v) => v.name)), {
      incidentId,
      ...(request.signal ? { signal: request.signal } : {}),
      onResult: (result) => request.onRow?.(toRow(result)),
    });
    const rows = report.results.map(toRow);
    await this.incidents.record(incidentId, (incident) => recordVerification(incident, preflight.name, rows));
    return { rows, passed: verificationPassed(rows) };
  }

  /** Sets the mitigated milestone (time to mitigate). */
  markMitigated(incidentId: string | undefined, note?: string): Promise<IncidentEvent[]> {
    return this.incidents.record(incidentId, (incident) => markMitigated(incident, note));
  }

  /** Marked suspects first; the change sources only when the action needs a change and none is marked, or --ref asks. */
  private async target(option: ActionOption, incident: IncidentState, ref: string | undefined, signal: AbortSignal | undefined): Promise<TargetChange | undefined> {
    const needsChange = option.kind === 'rollback' || placeholdersIn([...option.command, ...(option.dryRun ?? [])]).some((n) => CHANGE_PLACEHOLDERS.includes(n));
    if (!needsChange && ref === undefined) return undefined;
    const marked = incident.suspects;
    const changes = this.options.changes;
    if (!changes || (ref === undefined && marked.length > 0)) return chooseTarget({ marked, ref });
    const view = await changes.view({ detectedAt: incident.milestones.detected, marked, ...(signal ? { signal } : {}) });
    return chooseTarget({ marked, detected: view.suspect?.change, changes: changeRows(view).map((row) => row.change), ref });
  }
}
