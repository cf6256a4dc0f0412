/** Builds update targets from their config definitions. */
import { resolveConfigPath, type LoadedConfig } from '../../config/load-config.js';
import type { TargetDefinition } from '../../config/sections/comms.js';
import { detectPassthrough } from '../../domain/comms/osc52.js';
import { DomainError } from '../../domain/domain-error.js';
import type { UpdateAudience } from '../../domain/events.js';
import { clipboardTarget, type TerminalSink } from './clipboard-target.js';
import { commandTarget } from './command-target.js';
import { fileTarget } from './file-target.js';
import type { UpdateTarget } from './target.js';
import { jsonWebhookTarget, slackTarget } from './webhook-targets.js';

export interface TargetEnvironment {
  env: NodeJS.ProcessEnv;
  /** Where OSC 52 goes; the caller decides (console stdout, /dev/tty), the target never guesses. */
  terminal: TerminalSink | undefined;
}

/** One target from its definition; relative paths resolve against the config file's directory. */
export function createTarget(definition: TargetDefinition, loaded: LoadedConfig, environment: TargetEnvironment): UpdateTarget {
  const { env } = environment;
  switch (definition.type) {
    case 'file':
      return fileTarget(definition.name, resolveConfigPath(loaded, definition.path));
    case 'clipboard': {
      const passthrough = definition.passthrough === 'auto' ? detectPassthrough(env) : definition.passthrough;
      return clipboardTarget(definition.name, { passthrough, maxBytes: definition.maxBytes, terminal: environment.terminal });
    }
    case 'slack':
      return slackTarget(definition.name, { url: definition.url, urlEnv: definition.urlEnv, env, timeoutMs: definition.timeout });
    case 'webhook':
      return jsonWebhookTarget(definition.name, {
        url: definition.url,
        urlEnv: definition.urlEnv,
        env,
        headers: definition.headers,
        timeoutMs: definition.timeout,
      });
    case 'command':
      return commandTarget(definition.name, {
        argv: definition.command,
        cwd: loaded.baseDir,
        timeoutMs: definition.timeout,
        parentEnv: env,
        passEnv: definition.passEnv,
        env: definition.env,
      });
  }
}

/** The names `--post` without names (and the console) use for an audience. */
export function defaultTargetNames(loaded: LoadedConfig, audience: UpdateAudience): string[] {
  return loaded.config.comms.defaultTargets[audience];
}

/** The named targets, in the order given; an unknown or repeated name is refused before anything is posted. */
export function selectTargets(loaded: LoadedConfig, names: readonly string[], environment: TargetEnvironment): UpdateTarget[] {
  const definitions = loaded.config.comms.targets;
  const known = definitions.map((d) => d.name);
  const seen = new Set<string>();
  return names.map((name) => {
    const definition = definitions.find((d) => d.name === name);
    if (!definition) {
      const list = known.length > 0 ? `configured targets: ${known.join(', ')}` : 'no targets are configured (comms.targets)';
      throw new DomainError(`unknown target "${name}"; ${list}`, 'usage');
    }
    if (seen.has(name)) throw new DomainError(`target "${name}" is named twice`, 'usage');
    seen.add(name);
    return createTarget(definition, loaded, environment);
  });
}
