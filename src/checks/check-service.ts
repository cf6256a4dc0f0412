/**
 * Checks as the CLI and the console use them: pick definitions from the config, run them,
 * and put each result on the open incident's timeline as it arrives.
 */
import type { LoadedConfig } from '../config/load-config.js';
import type { CheckDefinition } from '../config/sections/checks.js';
import { DomainError } from '../domain/domain-error.js';
import type { CheckStatus } from '../domain/events.js';
import { selectIncident } from '../domain/incident-commands.js';
import { isOpen, type IncidentState } from '../domain/incident-state.js';
import { createRedactor, type Redactor } from '../domain/redaction.js';
import type { IncidentService } from '../incidents/incident-service.js';
import { runChecks, type CheckResult } from './check-runner.js';
import { TimelineRecorder } from './timeline-recorder.js';

export interface CheckServiceOptions {
  /** Where `passEnv` names are looked up; defaults to this process's environment. */
  parentEnv?: NodeJS.ProcessEnv;
  installDir?: string;
  now?: () => Date;
}

export interface RunRequest {
  /** --incident ID; otherwise the most recent open incident, if any. */
  incidentId?: string | undefined;
  /**
   * false: run without touching the timeline. 'changes': record only results whose state differs
   * from the last one on the timeline (for checks run on a timer, so the timeline is not flooded).
   */
  record?: boolean | 'changes';
  signal?: AbortSignal;
  onStart?: (definition: CheckDefinition) => void;
  /** Called as each check finishes, with the state its previous run left on the incident. */
  onResult?: (result: CheckResult, previousStatus: CheckStatus | undefined) => void;
}

export interface CheckRunReport {
  results: CheckResult[];
  /** The incident the results were recorded on, if any. */
  recordedOn: string | undefined;
  /** Results that could not be written to the timeline, with the reason. */
  recordErrors: string[];
}

export class CheckService {
  private readonly redactor: Redactor;

  constructor(
    private readonly loaded: LoadedConfig,
    private readonly incidents: IncidentService | undefined,
    private readonly options: CheckServiceOptions = {},
  ) {
    this.redactor = createRedactor(loaded.config.export.redact);
  }

  /** Every configured check, in config order. */
  definitions(): CheckDefinition[] {
    return this.loaded.config.checks;
  }

  /** The named checks (all when none are named); an unknown name is a usage error naming it. */
  select(names: readonly string[]): CheckDefinition[] {
    const all = this.definitions();
    if (names.length === 0) return all;
    const unknown = names.filter((name) => !all.some((c) => c.name === name));
    if (unknown.length > 0) {
      const known = all.length > 0 ? `configured checks: ${all.map((c) => c.name).join(', ')}` : 'no checks are configured';
      throw new DomainError(`unknown check ${unknown.map((n) => `"${n}"`).join(', ')} (${known})`, 'usage');
    }
    return [...new Set(names)].map((name) => all.find((c) => c.name === name)!);
  }

  /** Runs the definitions and records each result on the incident as soon as it finishes. */
  async run(definitions: readonly CheckDefinition[], request: RunRequest = {}): Promise<CheckRunReport> {
    const incident = await this.targetIncident(request.incidentId);
    const target = request.record === false ? undefined : incident?.id;
    const recorder = target && this.incidents ? new TimelineRecorder(this.incidents, target) : undefined;
    const results = await runChecks(definitions, {
      baseDir: this.loaded.baseDir,
      ...(this.options.installDir !== undefined ? { installDir: this.options.installDir } : {}),
      parentEnv: this.options.parentEnv ?? process.env,
      concurrency: this.loaded.config.checkConcurrency,
      ...(request.signal ? { signal: request.signal } : {}),
      ...(this.options.now ? { now: this.options.now } : {}),
      ...(request.onStart ? { onStart: request.onStart } : {}),
      onResult: (raw) => {
        const result = this.redacted(raw);
        const unchanged = request.record === 'changes' && incident?.checks[result.name]?.status === result.status;
        if (!result.cancelled && !unchanged) recorder?.add(result);
        request.onResult?.(result, incident?.checks[result.name]?.status);
      },
    });
    await recorder?.settled();
    return { results: results.map((result) => this.redacted(result)), recordedOn: target, recordErrors: recorder?.errors ?? [] };
  }

  /**
   * A result with secrets taken out of everything a person or the log will see: a check's output
   * or its command line can carry a DSN with a password or a token, and the timeline is shared.
   */
  private redacted(result: CheckResult): CheckResult {
    const { text, deep } = this.redactor;
    return { ...result, summary: text(result.summary), longOutput: text(result.longOutput), stdout: text(result.stdout), stderr: text(result.stderr), argv: deep(result.argv) };
  }

  /** The named open incident (an unknown id is an error before anything runs), else the latest open one. */
  private async targetIncident(incidentId: string | undefined): Promise<IncidentState | undefined> {
    if (!this.incidents) return undefined;
    const all = await this.incidents.incidents();
    if (incidentId === undefined) return all.filter(isOpen).at(-1);
    const chosen = selectIncident(all, incidentId);
    return isOpen(chosen) ? chosen : undefined;
  }
}
