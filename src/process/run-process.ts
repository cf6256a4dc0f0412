/**
 * The one way Warroom starts a child process (checks, actions, change sources, comms).
 * No shell; an explicit environment; each child leads its own process group, and on
 * timeout, cancel or shutdown the whole group is killed (TERM, then KILL after a grace).
 * Output is streamed and only its tail is kept. The promise never rejects for anything the
 * child does, and it settles even when a grandchild holds the output pipe open.
 */
import { existsSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { execa } from 'execa';
import { OutputTail } from './output-tail.js';
import { groupHasLiveMembers, signalGroup } from './process-group.js';

export { buildChildEnv } from './child-env.js';

export interface RunProcessOptions {
  argv: string[];
  cwd?: string;
  env: Record<string, string>;
  timeoutMs: number;
  /** Per stream; the tail is kept. Default 64 KiB. */
  maxOutputBytes?: number;
  input?: string;
  signal?: AbortSignal;
  onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void;
}

export interface ProcessResult {
  exitCode: number | null;
  signal: string | null;
  /** The tail of stdout (the last `maxOutputBytes`). */
  stdout: string;
  /** The first line of stdout, kept even when the tail no longer holds it. */
  stdoutFirstLine: string;
  stderr: string;
  truncated: boolean;
  timedOut: boolean;
  cancelled: boolean;
  notFound: boolean;
  notExecutable: boolean;
  durationMs: number;
  error?: string;
}

export const DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024;
/** Time a group gets between SIGTERM and SIGKILL. */
export const KILL_GRACE_MS = 1_000;
/** Time the pipes get to drain once nothing in the group can write any more. */
const DRAIN_GRACE_MS = 200;
const POLL_MS = 25;
const MAX_TIMER_MS = 2 ** 31 - 1;

const running = new Set<ChildRun>();

/** Runs a program without a shell; resolves with what happened, never rejects for child failures. */
export function runProcess(options: RunProcessOptions): Promise<ProcessResult> {
  return new ChildRun(options).result;
}

/** Kills every live process group started by runProcess and waits until each run settles. */
export async function killAllRunning(): Promise<void> {
  await Promise.all([...running].map((run) => run.cancel()));
}

/** How a duration reads in "timed out after 10s" (0.5s, 10s, 1.5s). */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1_000).toFixed(1))}s`;
}

class ChildRun {
  readonly result: Promise<ProcessResult>;
  private readonly started = performance.now();
  private readonly stdout: OutputTail;
  private readonly stderr: OutputTail;
  private pgid: number | undefined;
  private streams: Readable[] = [];
  private streamsDone: Promise<unknown>[] = [];
  private timedOut = false;
  private cancelled = false;
  private stopping: Promise<void> | undefined;
  private drainTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: RunProcessOptions) {
    const max = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
    this.stdout = new OutputTail(max);
    this.stderr = new OutputTail(max);
    this.result = this.run();
  }

  /** Stops the run as cancelled; resolves when it has settled. */
  async cancel(): Promise<void> {
    this.cancelled = true;
    void this.stopGroup();
    await this.result;
  }

  private async run(): Promise<ProcessResult> {
    const [file, ...args] = this.options.argv;
    if (!file) return this.finish({ error: 'empty command: nothing to run' });
    if (this.options.signal?.aborted) {
      this.cancelled = true;
      return this.finish({ error: 'cancelled before it started' });
    }
    let subprocess: ReturnType<typeof spawn>;
    try {
      subprocess = spawn(file, args, this.options);
    } catch (error) {
      return this.finish({ error: `cannot start ${file}: ${(error as Error).message}` });
    }
    this.pgid = subprocess.pid;
    running.add(this);
    registerExitSafetyNet();
    this.collect(subprocess.stdout, 'stdout', this.stdout);
    this.collect(subprocess.stderr, 'stderr', this.stderr);
    // setTimeout fires at once for delays beyond 2^31-1 ms; treat such a limit (or Infinity) as none.
    const limit = this.options.timeoutMs;
    const timer =
      Number.isFinite(limit) && limit <= MAX_TIMER_MS
        ? setTimeout(() => {
            this.timedOut = true;
            void this.stopGroup();
          }, Math.max(0, limit))
        : undefined;
    const onAbort = (): void => {
      this.cancelled = true;
      void this.stopGroup();
    };
    this.options.signal?.addEventListener('abort', onAbort, { once: true });
    subprocess.once('exit', () => this.afterLeaderExit());
    try {
      const outcome = await subprocess;
      await this.stopping;
      return this.finish(this.describe(file, outcome));
    } catch (error) {
      // With reject: false execa only throws for its own faults; report them, never crash.
      await this.stopping;
      return this.finish({ error: `cannot run ${file}: ${(error as Error).message}` });
    } finally {
      clearTimeout(timer);
      clearTimeout(this.drainTimer);
      this.options.signal?.removeEventListener('abort', onAbort);
      running.delete(this);
    }
  }

  private collect(stream: Readable | null, name: 'stdout' | 'stderr', tail: OutputTail): void {
    if (!stream) return;
    this.streams.push(stream);
    this.streamsDone.push(finished(stream).catch(() => undefined));
    const decoder = new StringDecoder('utf8');
    stream.on('data', (chunk: Buffer) => {
      tail.push(chunk);
      if (!this.options.onOutput) return;
      try {
        this.options.onOutput(decoder.write(chunk), name);
      } catch {
        // A failing listener must not take the run down with it.
      }
    });
    stream.on('error', () => undefined);
  }

  /** The leader is gone: whatever it left in its group goes too, and the pipes get a moment to drain. */
  private afterLeaderExit(): void {
    if (this.pgid !== undefined && groupHasLiveMembers(this.pgid)) {
      void this.stopGroup();
      return;
    }
    // A process that left the group (setsid) may still hold the pipe; do not wait for it.
    this.drainTimer = setTimeout(() => this.destroyStreams(), DRAIN_GRACE_MS);
  }

  /** TERM to the group, KILL after the grace, then close our ends of the pipes. */
  private stopGroup(): Promise<void> {
    this.stopping ??= (async () => {
      const pgid = this.pgid;
      if (pgid === undefined) return;
      signalGroup(pgid, 'SIGTERM');
      const deadline = performance.now() + KILL_GRACE_MS;
      while (groupHasLiveMembers(pgid) && performance.now() < deadline) await sleep(POLL_MS);
      if (groupHasLiveMembers(pgid)) signalGroup(pgid, 'SIGKILL');
      await this.drain();
      this.destroyStreams();
    })();
    return this.stopping;
  }

  /** Waits for the pipes to reach their end, but never longer than the drain grace. */
  private async drain(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, DRAIN_GRACE_MS)));
    await Promise.race([Promise.all(this.streamsDone), grace]);
    clearTimeout(timer);
  }

  private destroyStreams(): void {
    for (const stream of this.streams) if (!stream.destroyed) stream.destroy();
  }

  private describe(file: string, outcome: Awaited<ReturnType<typeof spawn>>): Partial<ProcessResult> {
    const code = (outcome as { code?: string }).code;
    const base = { exitCode: outcome.exitCode ?? null, signal: outcome.signal ?? null };
    if (this.timedOut) return { ...base, error: `timed out after ${formatSeconds(this.options.timeoutMs)}` };
    if (this.cancelled) return { ...base, error: 'cancelled' };
    if (code === 'ENOENT') {
      const cwd = this.options.cwd;
      if (cwd !== undefined && !existsSync(cwd)) return { error: `working directory not found: ${cwd}` };
      return { notFound: true, error: `command not found: ${file}` };
    }
    if (code === 'EACCES') return { notExecutable: true, error: `not executable: ${file}` };
    if (outcome.failed && outcome.exitCode === undefined && outcome.signal === undefined) {
      return { error: `cannot start ${file}: ${outcome.shortMessage}` };
    }
    return base;
  }

  private finish(partial: Partial<ProcessResult>): ProcessResult {
    return {
      exitCode: null,
      signal: null,
      ...partial,
      stdout: this.stdout.text(),
      stdoutFirstLine: this.stdout.firstLine(),
      stderr: this.stderr.text(),
      truncated: this.stdout.truncated || this.stderr.truncated,
      timedOut: this.timedOut,
      cancelled: this.cancelled && !this.timedOut,
      notFound: partial.notFound ?? false,
      notExecutable: partial.notExecutable ?? false,
      durationMs: Math.round(performance.now() - this.started),
    };
  }

  /** Last resort at process exit: KILL whatever is still running, synchronously. */
  killNow(): void {
    if (this.pgid !== undefined) signalGroup(this.pgid, 'SIGKILL');
  }
}

function spawn(file: string, args: string[], options: RunProcessOptions) {
  return execa(file, args, {
    ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
    env: options.env,
    extendEnv: false,
    detached: true,
    cleanup: false,
    ...(options.input !== undefined ? { input: options.input } : { stdin: 'ignore' as const }),
    stdout: 'pipe',
    stderr: 'pipe',
    buffer: false,
    reject: false,
    stripFinalNewline: false,
  });
}

let safetyNetRegistered = false;
function registerExitSafetyNet(): void {
  if (safetyNetRegistered) return;
  safetyNetRegistered = true;
  process.once('exit', () => {
    for (const run of running) run.killNow();
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
