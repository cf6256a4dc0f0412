/**
 * One instance of the example shop (examples/shop-service) in a temp directory on a free
 * port: release repository, deploy log, running server and a warroom.yaml wired to it.
 * `cleanup()` stops the server and fails loudly if any of its processes survive.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './cli.js';
import { isRunning } from './processes.js';

export const SHOP_DIR = join(REPO_ROOT, 'examples', 'shop-service');

export interface ShopResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ShopSandbox {
  home: string;
  port: number;
  baseUrl: string;
  /** The generated warroom.yaml for this instance. */
  configPath: string;
  /** Runs one of the example's scripts (deploy.sh, rollback.sh, ...) against this instance. */
  script(name: string, args?: string[], env?: NodeJS.ProcessEnv): Promise<ShopResult>;
  /** GET a path; the status code and body (status 0 when nothing answers). */
  get(path: string): Promise<{ status: number; body: string }>;
  /** The server's pid while its pid file names a live process. */
  pid(): number | undefined;
  cleanup(): Promise<void>;
}

function run(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<ShopResult> {
  return new Promise((resolve) => {
    execFile(file, args, { env: { ...process.env, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Pids of live processes whose command line names `text` (every shop server gets `--home HOME`). */
export function processesMentioning(text: string): number[] {
  const listing = execFileSync('ps', ['-eo', 'pid=,stat=,args='], { encoding: 'utf8' });
  return listing
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\S+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && !m[2]!.startsWith('Z') && m[3]!.includes(text) && Number(m[1]) !== process.pid)
    .map((m) => Number(m[1]));
}

/** Sets up an instance; by default the server is started on v1.1.0 (healthy). */
export async function createShopSandbox(options: { start?: boolean } = {}): Promise<ShopSandbox> {
  const home = join(await mkdtemp(join(tmpdir(), 'warroom-shop-')), 'shop');
  const setupArgs = [join(SHOP_DIR, 'shopctl.mjs'), 'setup', '--home', home, ...(options.start === false ? ['--no-start'] : [])];
  const setup = await run(process.execPath, setupArgs, {});
  if (setup.code !== 0) throw new Error(`shop setup failed (${setup.code}): ${setup.stderr}${setup.stdout}`);
  const port = (JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8')) as { port: number }).port;
  const baseUrl = `http://127.0.0.1:${port}`;
  const pid = (): number | undefined => {
    try {
      const value = Number(readFileSync(join(home, 'shop.pid'), 'utf8').trim());
      return value > 0 && isRunning(value) ? value : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    home,
    port,
    baseUrl,
    configPath: join(home, 'warroom.yaml'),
    script: (name, args = [], env = {}) => run(join(SHOP_DIR, name), args, { SHOP_HOME: home, ...env }),
    get: async (path) => {
      try {
        const response = await fetch(`${baseUrl}${path}`, { signal: AbortSignal.timeout(5_000) });
        return { status: response.status, body: await response.text() };
      } catch (error) {
        return { status: 0, body: (error as Error).message };
      }
    },
    pid,
    async cleanup() {
      const stop = await run(join(SHOP_DIR, 'shopctl.mjs'), ['stop'], { SHOP_HOME: home });
      const survivors = processesMentioning(home);
      await rm(join(home, '..'), { recursive: true, force: true });
      if (stop.code !== 0 || survivors.length > 0) {
        throw new Error(`shop did not stop cleanly (exit ${stop.code}: ${stop.stderr.trim()}); still running: ${survivors.join(', ') || 'none'}`);
      }
    },
  };
}
