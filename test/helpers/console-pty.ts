/** Launches the built console (bin/warroom) in a real pseudo-terminal over a temporary store. */
import { execFile } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CliResult } from './cli.js';
import { spawnPty, type PtyTerminal } from './pty-terminal.js';

/**
 * The checkout this file belongs to, found upwards from here: it works both in place (tests) and
 * when bundled into node_modules/.cache by scripts/run-ts.mjs (benchmarks).
 */
function findRepoRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'bin', 'warroom')) && existsSync(join(dir, 'package.json'))) return dir;
  }
  throw new Error(`no Warroom checkout above ${from}`);
}

const REPO_ROOT = findRepoRoot(import.meta.dirname);
const WARROOM_BIN = join(REPO_ROOT, 'bin', 'warroom');

function runCli(args: string[], cwd: string): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, [WARROOM_BIN, ...args], { cwd }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

export interface ConsoleSandbox {
  dir: string;
  storePath: string;
  configPath: string;
  /** Opens a console as `actor` (extra CLI arguments after the globals, e.g. --read-only). */
  open(options: { actor?: string; cols?: number; rows?: number; args?: string[]; env?: Record<string, string> }): PtyTerminal;
  /** Runs a CLI subcommand against the same store and config. */
  cli(args: string[], actor?: string): Promise<CliResult>;
  cleanup(): Promise<void>;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Fails clearly when dist/ is missing or older than src/: these tests drive the built console. */
export function requireFreshBuild(): void {
  const bundle = join(REPO_ROOT, 'dist', 'warroom.cjs');
  let built = 0;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    throw new Error('dist/warroom.cjs is missing: run `npm run build` before the end-to-end tests');
  }
  if (built < newestMtime(join(REPO_ROOT, 'src'))) {
    throw new Error('dist/warroom.cjs is older than src/: run `npm run build` before the end-to-end tests');
  }
}

/** A temp dir with a config (YAML given) and a store path; consoles and CLI calls share them. */
export async function createConsoleSandbox(configYaml = 'service: shop\n'): Promise<ConsoleSandbox> {
  const dir = await mkdtemp(join(tmpdir(), 'warroom-e2e-'));
  const configPath = join(dir, 'warroom.yaml');
  await writeFile(configPath, configYaml);
  const storePath = join(dir, 'store.json');
  const terminals: PtyTerminal[] = [];
  return {
    dir,
    storePath,
    configPath,
    open({ actor = 'alice', cols = 80, rows = 24, args = [], env = {} }) {
      const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('WARROOM_')));
      const terminal = spawnPty(process.execPath, [WARROOM_BIN, '--config', configPath, '--store', storePath, '--actor', actor, ...args], {
        cols,
        rows,
        cwd: dir,
        env: { ...baseEnv, TERM: 'xterm-256color', ...env },
      });
      terminals.push(terminal);
      return terminal;
    },
    cli: (args, actor = 'cli-user') => runCli(['--config', configPath, '--store', storePath, '--actor', actor, ...args], dir),
    async cleanup() {
      for (const terminal of terminals) terminal.dispose();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
