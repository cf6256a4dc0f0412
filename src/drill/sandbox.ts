/**
 * The drill's sandbox: a temp directory holding an example shop (server, release repository,
 * back-dated deploy log, warroom.yaml), its own redis-server and queue worker when Redis is
 * installed, and a relay to a real PostgreSQL when one answers. `teardown()` is the one way
 * out: every process stopped, every port free, the directory gone; calling it again is harmless.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DrillNeed } from '../domain/drill/scenario.js';
import { buildChildEnv, runProcess } from '../process/run-process.js';
import { freePort } from './free-port.js';
import { isAlive, pidsMentioning, portInUse, signalTree, sleep, stopAll, waitForPort } from './sandbox-processes.js';

const STOP_GRACE_MS = 1_000;
const START_TIMEOUT_MS = 5_000;

export interface SandboxOptions {
  installDir: string;
  needs: readonly DrillNeed[];
  /** PostgreSQL to relay to; undefined = none. */
  database: { host: string; port: number } | undefined;
  redisServer: string | undefined;
  /** Where the shop's status-update logs go (kept after the sandbox is gone); default its home. */
  updatesDir?: string;
  /** A runbook the sandbox's config puts on every incident's checklist. */
  runbook?: string | undefined;
  onProgress?: (line: string) => void;
}

export interface Sandbox {
  dir: string;
  home: string;
  configPath: string;
  /** Runs `shopctl.mjs ARGS` against this shop; resolves with its output, rejects when it fails. */
  shopctl(args: string[]): Promise<string>;
  /** Stops the sandbox's redis-server (a scenario step); false when it has none. */
  stopRedis(): Promise<boolean>;
  /** Every loopback port the sandbox listens on. */
  ports(): number[];
  /** Stops everything and removes the directory; idempotent. */
  teardown(): Promise<void>;
  /** Last resort at process exit: SIGKILL and delete, synchronously. */
  teardownNow(): void;
}

/** Builds and starts a sandbox; on any failure what was started is torn down before the error surfaces. */
export async function createSandbox(options: SandboxOptions): Promise<Sandbox> {
  const dir = await mkdtemp(join(tmpdir(), 'warroom-drill-'));
  const home = join(dir, 'shop');
  const shopctlPath = join(options.installDir, 'examples', 'shop-service', 'shopctl.mjs');
  let redis: { pid: number; port: number } | undefined;
  const settings = () => readSettings(home);
  const shopctl = async (args: string[]) => {
    const env = buildChildEnv(process.env, [], { SHOP_HOME: home, SHOP_ACTOR: 'drill' });
    const result = await runProcess({ argv: [process.execPath, shopctlPath, ...args], env, timeoutMs: 60_000 });
    if (result.exitCode !== 0) throw new Error(`shopctl ${args.join(' ')} failed: ${(result.error ?? result.stderr).trim() || `exit ${result.exitCode}`}`);
    return result.stdout.trim();
  };
  const knownPids = () => [redis?.pid, ...['shop', 'worker', 'db-relay'].map((name) => readPid(join(home, `${name}.pid`)))].filter((p): p is number => p !== undefined);
  const ports = () => {
    const s = settings();
    return [s?.port, s?.database?.relayPort, redis?.port].filter((p): p is number => p !== undefined);
  };
  let tearing: Promise<void> | undefined;
  const sandbox: Sandbox = {
    dir,
    home,
    configPath: join(home, 'warroom.yaml'),
    shopctl,
    ports,
    stopRedis: async () => {
      if (!redis) return false;
      await stopAll([redis.pid], STOP_GRACE_MS);
      return true;
    },
    teardown: () =>
      (tearing ??= (async () => {
        const portsBefore = ports();
        await stopAll([...knownPids(), ...pidsMentioning(dir)], STOP_GRACE_MS);
        // A process started while we stopped the others (a deploy's restart) is caught here.
        await stopAll(pidsMentioning(dir), STOP_GRACE_MS);
        for (const port of portsBefore) while (await portInUse(port)) await sleep(25);
        await rm(dir, { recursive: true, force: true });
      })()),
    teardownNow: () => {
      for (const pid of [...knownPids(), ...pidsMentioning(dir)]) signalTree(pid, 'SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    const setupArgs = ['setup', '--home', home];
    if (options.redisServer) {
      redis = await startRedis(options.redisServer, dir);
      setupArgs.push('--redis-port', String(redis.port));
      options.onProgress?.(`redis-server on 127.0.0.1:${redis.port}`);
    } else if (options.needs.includes('redis')) {
      throw new Error('this scenario needs Redis, and redis-server is not installed');
    }
    if (options.updatesDir) setupArgs.push('--updates-dir', options.updatesDir);
    if (options.runbook) setupArgs.push('--runbook', options.runbook);
    if (options.database) setupArgs.push('--database', `${options.database.host}:${options.database.port}`);
    else if (options.needs.includes('postgres')) throw new Error('this scenario needs PostgreSQL, and none answers (start one, or pass --database HOST:PORT)');
    const built = await shopctl(setupArgs);
    options.onProgress?.(built.split('\n').join('; '));
    return sandbox;
  } catch (error) {
    await sandbox.teardown();
    throw error;
  }
}

async function startRedis(binary: string, dir: string): Promise<{ pid: number; port: number }> {
  const port = await freePort();
  const log = openSync(join(dir, 'redis.log'), 'a');
  // Its own process group, like every sandbox process, so a teardown can stop it whole.
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no'];
  const child = spawn(binary, args, { detached: true, stdio: ['ignore', log, log], cwd: dir });
  closeSync(log);
  child.unref();
  if (child.pid === undefined) throw new Error(`cannot start ${binary}`);
  if (!(await waitForPort(port, START_TIMEOUT_MS)) || !isAlive(child.pid)) {
    signalTree(child.pid, 'SIGKILL');
    throw new Error(`redis-server did not start on port ${port}: ${tail(join(dir, 'redis.log'))}`);
  }
  return { pid: child.pid, port };
}

function readSettings(home: string): { port?: number; database?: { relayPort?: number } } | undefined {
  try {
    return JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8')) as { port?: number; database?: { relayPort?: number } };
  } catch {
    return undefined;
  }
}

function readPid(path: string): number | undefined {
  if (!existsSync(path)) return undefined;
  const pid = Number(readFileSync(path, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function tail(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim().split('\n').slice(-3).join(' | ');
  } catch {
    return 'no log';
  }
}
