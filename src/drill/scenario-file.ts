/** Finds and reads scenario files: a shipped name (scenarios/NAME.yaml) or a path; errors name file, line and field. */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigError } from '../config/config-error.js';
import { parseYamlWith } from '../config/load-config.js';
import { scenarioMismatches, scenarioSchema, type DrillScenario, type SandboxOffer } from '../domain/drill/scenario.js';
import { findInstallDir } from '../runbooks/shipped-dir.js';

export const DEFAULT_SCENARIO = 'bad-deploy';

/** The shipped scenarios directory, if this installation has one. */
export function shippedScenariosDir(): string | undefined {
  const root = findInstallDir();
  const dir = root ? join(root, 'scenarios') : undefined;
  return dir && existsSync(dir) ? dir : undefined;
}

/** Names of the shipped scenarios. */
export function shippedScenarioNames(): string[] {
  const dir = shippedScenariosDir();
  return dir ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length)).sort() : [];
}

/** The file a scenario argument names: an existing path, else a shipped scenario. */
export function locateScenario(argument: string, cwd: string): string {
  const asPath = resolve(cwd, argument);
  if (existsSync(asPath)) return asPath;
  const dir = shippedScenariosDir();
  const shipped = dir ? join(dir, `${argument}.yaml`) : undefined;
  if (shipped && existsSync(shipped)) return shipped;
  const names = shippedScenarioNames();
  throw new ConfigError(`no scenario "${argument}": not a file, and not one of the shipped scenarios (${names.join(', ') || 'none installed'})`, asPath);
}

/** A scenario file as read: where it is, its text (for messages naming lines) and what it says. */
export interface ScenarioSource {
  file: string;
  text: string;
  scenario: DrillScenario;
}

/**
 * Parses scenario YAML; `file` is for messages. With `offer`, every action, release and runbook it
 * names must be one the sandbox has, so a typo fails now with its line instead of silently later.
 */
export function parseScenarioText(text: string, file: string, offer?: SandboxOffer): DrillScenario {
  const schema = offer
    ? scenarioSchema.superRefine((scenario, ctx) => {
        for (const { path, message } of scenarioMismatches(scenario, offer)) ctx.addIssue({ code: 'custom', path, message });
      })
    : scenarioSchema;
  return parseYamlWith(schema, text, file);
}

/** Reads and validates the scenario an argument names. */
export async function loadScenario(argument: string, cwd: string): Promise<ScenarioSource> {
  const file = locateScenario(argument, cwd);
  const text = await readFile(file, 'utf8');
  return { file, text, scenario: parseScenarioText(text, file) };
}
