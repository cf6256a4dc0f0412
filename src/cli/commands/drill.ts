/** `warroom drill [SCENARIO]`: a practice incident on a throwaway sandbox, scored at the end. */
import { constants } from 'node:os';
import { accessSync, existsSync, constants as fsConstants } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { CheckService } from '../../checks/check-service.js';
import { scoreLines } from '../../domain/drill/score-report.js';
import { Drill, defaultOutputDir } from '../../drill/drill-service.js';
import { DEFAULT_SCENARIO, loadScenario, parseScenarioText } from '../../drill/scenario-file.js';
import { sandboxOffer } from '../../drill/sandbox-offer.js';
import { portInUse } from '../../drill/sandbox-processes.js';
import { IncidentService } from '../../incidents/incident-service.js';
import { findInstallDir } from '../../runbooks/shipped-dir.js';
import { createContext, type CliContext, type GlobalOptions } from '../context.js';
import { CliUsageError, describeError, exitCodeFor } from '../errors.js';
import { writeLine } from '../output-line.js';
import { launchConsole } from './console.js';

const SIGNALS = ['SIGHUP', 'SIGTERM', 'SIGINT'] as const;
/** Teardown, scoring and the report get this long once the console has closed. */
const FINISH_DEADLINE_MS = 10_000;

interface DrillOptions {
  output?: string;
  database?: string | false;
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, fsConstants.X_OK);
      return candidate;
    } catch {
      // Not here.
    }
  }
  return undefined;
}

/** "(and drill.json, store.json beside it)", naming only the files the drill left there. */
function besideReport(outputDir: string): string {
  const kept = ['drill.json', 'store.json', 'status-page.md', 'team-channel.md'].filter((name) => existsSync(join(outputDir, name)));
  return kept.length > 0 ? ` (and ${kept.join(', ')} beside it)` : '';
}

/** The PostgreSQL to relay to: --database, else $PGHOST/$PGPORT or 127.0.0.1:5432 when it answers. */
async function findDatabase(option: string | false | undefined): Promise<{ host: string; port: number } | undefined> {
  if (option === false) return undefined;
  const text = option ?? `${process.env['PGHOST'] && !process.env['PGHOST'].startsWith('/') ? process.env['PGHOST'] : '127.0.0.1'}:${process.env['PGPORT'] ?? '5432'}`;
  const match = /^([^:]+):(\d+)$/.exec(text);
  if (!match) throw new CliUsageError(`--database "${text}" is not HOST:PORT`);
  const [host, port] = [match[1]!, Number(match[2])];
  if (host === '127.0.0.1' || host === 'localhost') return (await portInUse(port)) ? { host, port } : undefined;
  return { host, port };
}

async function runDrill(scenarioArg: string | undefined, options: DrillOptions, globals: GlobalOptions): Promise<number> {
  const out = (line: string) => writeLine(process.stdout, line);
  const installDir = findInstallDir();
  if (!installDir) throw new Error('cannot find the Warroom installation (its examples/ and scenarios/)');
  const source = await loadScenario(scenarioArg ?? DEFAULT_SCENARIO, process.cwd());
  const { file, scenario } = source;
  const now = () => new Date();
  const outputDir = resolve(options.output ?? defaultOutputDir(scenario.name, now()));
  // A signal while the sandbox is being built: finish building, then tear down and leave.
  let interrupted: NodeJS.Signals | undefined;
  const early = (signal: NodeJS.Signals) => () => (interrupted ??= signal);
  const earlyHandlers = SIGNALS.map((signal) => [signal, early(signal)] as const);
  for (const [signal, handler] of earlyHandlers) process.on(signal, handler);
  out(`Drill "${scenario.title}" (${file})`);
  out(`Building the sandbox…`);
  let drill: Drill;
  try {
    drill = await Drill.prepare({ scenario, outputDir, now, installDir, database: await findDatabase(options.database), redisServer: onPath('redis-server'), onProgress: (line) => out(`  ${line}`) });
  } finally {
    for (const [signal, handler] of earlyHandlers) process.off(signal, handler);
  }
  const lastResort = () => drill.sandbox.teardownNow();
  process.once('exit', lastResort);
  if (interrupted) {
    await drill.abandon();
    return 128 + constants.signals[interrupted];
  }
  let ctx: CliContext;
  try {
    ctx = await createContext({ ...globals, config: drill.sandbox.configPath, store: drill.storePath });
    // Every action, release and runbook the scenario names must exist here, or it would fail silently later.
    parseScenarioText(source.text, file, await sandboxOffer(drill.sandbox, ctx.loaded));
  } catch (error) {
    await drill.abandon();
    throw error;
  }
  const incidents = new IncidentService(ctx.store, ctx.loaded, ctx.now, { drill: true });
  const drillCtx = { ...ctx, incidents };
  out(scenario.briefing);
  drill.start(new CheckService(ctx.loaded, incidents, { now: ctx.now }));
  let code: number;
  try {
    code = await launchConsole(drillCtx, { readOnly: false, exitDeadlineMs: FINISH_DEADLINE_MS, drill: drill.feed });
  } catch (error) {
    await drill.stop();
    throw error;
  }
  // A second signal while we clean up must not cut the teardown short.
  const hold = () => undefined;
  for (const signal of SIGNALS) process.on(signal, hold);
  try {
    const { score, report } = await drill.finish(incidents);
    for (const line of scoreLines(score)) out(line);
    out(`Sandbox removed. Report: ${report.markdown}${besideReport(drill.setup.outputDir)}`);
  } finally {
    for (const signal of SIGNALS) process.off(signal, hold);
    process.off('exit', lastResort);
  }
  return code;
}

/** Registers `drill`. */
export function registerDrill(program: Command): void {
  program
    .command('drill [scenario]')
    .description(`practise on a throwaway sandbox: a shipped scenario name or a scenario file (default ${DEFAULT_SCENARIO})`)
    .option('--output <dir>', 'where the drill store and the score go (default ~/.warroom/drills/TIME-SCENARIO)')
    .option('--database <host:port>', 'PostgreSQL for the database checks (default 127.0.0.1:5432 when it answers)')
    .option('--no-database', 'no database in the sandbox')
    .action(async (scenario: string | undefined, options: DrillOptions, command: Command) => {
      try {
        process.exitCode = await runDrill(scenario, options, command.optsWithGlobals<GlobalOptions>());
      } catch (error) {
        writeLine(process.stderr, `warroom: ${describeError(error)}`);
        process.exitCode = exitCodeFor(error);
      }
    });
}
