/** Runs the built CLI (bin/warroom) as a user would, against a temp store and config. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const WARROOM_BIN = join(REPO_ROOT, 'bin', 'warroom');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliSandbox {
  dir: string;
  storePath: string;
  configPath: string | undefined;
  /** Runs `warroom --store STORE [--config CONFIG] ...args`. */
  run(args: string[], options?: { env?: NodeJS.ProcessEnv; input?: string }): Promise<CliResult>;
  cleanup(): Promise<void>;
}

/** Runs bin/warroom with the given arguments and environment; never rejects on a non-zero exit. */
export function runWarroom(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {}): Promise<CliResult> {
  return new Promise((resolvePromise) => {
    const child = execFile(
      process.execPath,
      [WARROOM_BIN, ...args],
      { cwd: options.cwd ?? REPO_ROOT, env: { ...process.env, WARROOM_ACTOR: 'tester', ...options.env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error && typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : error ? 1 : 0;
        resolvePromise({ code, stdout, stderr });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}

/** A temp directory with a store path and, optionally, a config file with the given YAML. */
export async function createCliSandbox(configYaml?: string): Promise<CliSandbox> {
  const dir = await mkdtemp(join(tmpdir(), 'warroom-test-'));
  const storePath = join(dir, 'store.json');
  let configPath: string | undefined;
  if (configYaml !== undefined) {
    configPath = join(dir, 'warroom.yaml');
    await writeFile(configPath, configYaml);
  }
  return {
    dir,
    storePath,
    configPath,
    run: (args, options = {}) =>
      runWarroom([...(configPath ? ['--config', configPath] : []), '--store', storePath, ...args], { ...options, cwd: dir }),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
