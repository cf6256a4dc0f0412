/**
 * One fire drill from start to score: the sandbox and its config, the injector and check loop
 * while the console runs, and afterwards one teardown, the score and the saved report.
 */
import { mkdir, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { CheckService } from '../checks/check-service.js';
import { describeStep, type DrillScenario } from '../domain/drill/scenario.js';
import { judgeChecklist } from '../domain/drill/checklist-judge.js';
import { scoreDrill, type DrillScore } from '../domain/drill/score.js';
import type { IncidentService } from '../incidents/incident-service.js';
import { ChecklistService } from '../runbooks/checklist-service.js';
import { startCheckLoop } from './check-loop.js';
import { DrillFeed } from './drill-feed.js';
import { writeDrillReport, type DrillLogLine } from './drill-report.js';
import { startInjector, type Injector } from './fault-injector.js';
import { createSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';

const CHECK_EVERY_MS = 5_000;

export interface DrillSetup extends Omit<SandboxOptions, 'needs'> {
  scenario: DrillScenario;
  /** Where the store and the report go; kept after the drill. */
  outputDir: string;
  now: () => Date;
}

export interface DrillFinish {
  score: DrillScore;
  report: { json: string; markdown: string };
}

/** The default output directory: ~/.warroom/drills/<UTC time>-<scenario>. */
export function defaultOutputDir(scenario: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-').replace(/-\d{3}Z$/, 'Z');
  return join(homedir(), '.warroom', 'drills', `${stamp}-${scenario}`);
}

export class Drill {
  readonly log: DrillLogLine[] = [];
  /** What the console shows of the drill: briefing, the loop's check results, injection problems. */
  readonly feed: DrillFeed;
  private injector: Injector | undefined;
  private stopChecks: (() => Promise<void>) | undefined;

  private constructor(
    readonly setup: DrillSetup,
    readonly sandbox: Sandbox,
    /** The topmost directory `prepare` created for the output, if it created any. */
    private readonly createdDir: string | undefined,
  ) {
    this.feed = new DrillFeed(setup.scenario, CHECK_EVERY_MS);
  }

  /** Builds the sandbox and the output directory; nothing runs on a timer yet. A failed build leaves no new directory behind. */
  static async prepare(setup: DrillSetup): Promise<Drill> {
    const created = await mkdir(setup.outputDir, { recursive: true, mode: 0o700 });
    try {
      const sandbox = await createSandbox({ ...setup, needs: setup.scenario.needs, updatesDir: setup.outputDir, runbook: setup.scenario.runbook });
      return new Drill(setup, sandbox, created);
    } catch (error) {
      await removeCreated(created);
      throw error;
    }
  }

  get storePath(): string {
    return join(this.setup.outputDir, 'store.json');
  }

  /** Starts the scenario clock and the periodic checks. */
  start(checks: CheckService): void {
    const note = (at: Date, text: string) => this.log.push({ at: at.toISOString(), text });
    this.injector = startInjector(this.setup.scenario, this.sandbox, this.setup.now, {
      onFired: (step, at) => note(at, `injected: ${describeStep(step)}${step.note ? ` (${step.note})` : ''}`),
      // The injector's error already starts with the step ("deploy v1.2.0: ...").
      onFailed: (_step, error) => {
        const text = `could not inject ${error instanceof Error ? error.message : String(error)}`;
        note(this.setup.now(), text);
        this.feed.problem(text);
      },
    });
    this.stopChecks = startCheckLoop(checks, CHECK_EVERY_MS, (result) => this.feed.checkFinished(result));
  }

  /** Stops timers and tears the sandbox down; safe to call more than once. */
  async stop(): Promise<void> {
    this.injector?.stop();
    await this.stopChecks?.();
    await this.sandbox.teardown();
  }

  /** Stops everything and removes what `prepare` created, for a drill that never started. */
  async abandon(): Promise<void> {
    await this.stop();
    await removeCreated(this.createdDir);
  }

  /** Stops everything, then scores the drill from its store and saves the report. */
  async finish(incidents: IncidentService): Promise<DrillFinish> {
    await this.stop();
    const endedAt = this.setup.now().toISOString();
    const faultAt = this.injector?.firstFaultAt()?.toISOString() ?? endedAt;
    const all = await incidents.incidents();
    const incident = all.find((i) => Date.parse(i.milestones.declared) >= Date.parse(faultAt)) ?? all.at(-1);
    const view = incident ? await ChecklistService.forIncidents(incidents).viewOf(incident).catch(() => undefined) : undefined;
    const checklist = judgeChecklist(view ?? { runbooks: [], done: 0, total: 0 });
    const score = scoreDrill({ scenario: this.setup.scenario, incident, faultAt, endedAt, policies: incidents.loaded.policies, checklist });
    const events = (await incidents.store.read()).events;
    const report = await writeDrillReport({ outputDir: this.setup.outputDir, scenario: this.setup.scenario, score, drillLog: this.log, events });
    return { score, report };
  }
}

/** Removes a directory this drill created (mkdir's answer), never one that was there before. */
async function removeCreated(dir: string | undefined): Promise<void> {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
}
