/** What a built sandbox offers a scenario: the actions of its config, the tags of its release repository, the runbooks. */
import { join } from 'node:path';
import type { LoadedConfig } from '../config/load-config.js';
import type { SandboxOffer } from '../domain/drill/scenario.js';
import { buildChildEnv, runProcess } from '../process/run-process.js';
import { RunbookLibrary } from '../runbooks/runbook-library.js';
import type { Sandbox } from './sandbox.js';

/** Reads the offer from the sandbox's loaded config and its release repository. */
export async function sandboxOffer(sandbox: Pick<Sandbox, 'home'>, loaded: LoadedConfig): Promise<SandboxOffer> {
  const env = buildChildEnv(process.env, [], { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' });
  const tags = await runProcess({ argv: ['git', '-C', join(sandbox.home, 'repo'), 'tag', '--list'], env, timeoutMs: 10_000 });
  if (tags.exitCode !== 0) throw new Error(`cannot list the sandbox's releases: ${(tags.error ?? tags.stderr).trim() || `git exit ${tags.exitCode}`}`);
  const runbooks = await RunbookLibrary.fromConfig(loaded).list();
  return {
    actions: loaded.config.actions.map((a) => a.name),
    versions: tags.stdout.split('\n').map((t) => t.trim()).filter(Boolean),
    runbooks: runbooks.map((r) => r.name),
  };
}
