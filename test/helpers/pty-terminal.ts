/**
 * A real pseudo-terminal (node-pty) whose output is interpreted by a headless xterm, so tests
 * and benchmarks read the screen a person would see, not the raw byte stream.
 */
import { createRequire } from 'node:module';
import type * as NodePty from 'node-pty';
import xterm from '@xterm/headless';

const require = createRequire(import.meta.url);
// node-pty is CommonJS with a native addon; require keeps it out of ESM interop questions.
const pty = require('node-pty') as typeof NodePty;

export interface PtyOptions {
  cols: number;
  rows: number;
  cwd?: string;
  /** Replaces the environment entirely (TERM is added when missing). */
  env?: Record<string, string | undefined>;
}

export interface OutputChunk {
  /** Milliseconds since spawn. */
  t: number;
  data: string;
}

export interface PtyExit {
  exitCode: number;
  signal: number | undefined;
}

export type ScreenCondition = string | RegExp | ((screen: string) => boolean);

export interface PtyTerminal {
  readonly pid: number;
  readonly chunks: readonly OutputChunk[];
  /** Resolves when the process has exited. */
  readonly exited: Promise<PtyExit>;
  /** Types keys (raw bytes: "\r" is Enter, "\x1b" is Esc, "\t" Tab). */
  write(keys: string): void;
  /** Waits until the screen satisfies the condition, or rejects with the screen after the deadline. */
  waitFor(condition: ScreenCondition, timeoutMs?: number): Promise<string>;
  /** Waits until the screen no longer satisfies the condition. */
  waitForGone(condition: ScreenCondition, timeoutMs?: number): Promise<string>;
  /** The visible screen as lines (trailing spaces trimmed). */
  lines(): string[];
  /** The visible screen as one string. */
  screen(): string;
  /** Whether the terminal currently shows the alternate screen buffer. */
  onAlternateScreen(): boolean;
  /** Whether the cursor is currently visible (DECTCEM). */
  cursorVisible(): boolean;
  /** The palette background colour where `text` starts on screen row `row` (0-based); undefined for the default or when absent. */
  backgroundAt(row: number, text: string): number | undefined;
  resize(cols: number, rows: number): void;
  /** Sends a signal to the process (default SIGTERM). */
  kill(signal?: string): void;
  /** Closes the terminal under the process, as a dropped SSH connection does (master closed, then SIGHUP). */
  hangUp(): void;
  /** Bytes written by the process since spawn (or since `mark`). */
  bytesSince(mark: number): number;
  /** A position in the output stream for `bytesSince` and `outputSince`. */
  mark(): number;
  outputSince(mark: number): string;
  /** Resolves once everything received so far has been parsed into the screen. */
  settled(): Promise<void>;
  dispose(): void;
}

const POLL_MS = 25;

function matches(condition: ScreenCondition, screen: string): boolean {
  if (typeof condition === 'string') return screen.includes(condition);
  if (condition instanceof RegExp) return condition.test(screen);
  return condition(screen);
}

function describe(condition: ScreenCondition): string {
  return typeof condition === 'function' ? 'the condition' : JSON.stringify(String(condition));
}

/** Spawns a command in a pseudo-terminal of the given size. */
export function spawnPty(command: string, args: string[], options: PtyOptions): PtyTerminal {
  const started = Date.now();
  const term = new xterm.Terminal({ cols: options.cols, rows: options.rows, allowProposedApi: true, scrollback: 0 });
  const env = { TERM: 'xterm-256color', ...(options.env ?? process.env) } as Record<string, string>;
  const child: NodePty.IPty = pty.spawn(command, args, {
    name: env['TERM'] ?? 'xterm-256color',
    cols: options.cols,
    rows: options.rows,
    cwd: options.cwd ?? process.cwd(),
    env,
  });
  const chunks: OutputChunk[] = [];
  let totalBytes = 0;
  let pendingParses = 0;
  let parsedWaiters: (() => void)[] = [];
  let cursorHidden = false;

  child.onData((data) => {
    chunks.push({ t: Date.now() - started, data });
    totalBytes += Buffer.byteLength(data);
    // Track DECTCEM ourselves: the headless terminal does not expose cursor visibility.
    // eslint-disable-next-line no-control-regex
    for (const match of data.matchAll(/\x1b\[\?25([hl])/g)) cursorHidden = match[1] === 'l';
    pendingParses++;
    term.write(data, () => {
      pendingParses--;
      if (pendingParses === 0) {
        const waiters = parsedWaiters;
        parsedWaiters = [];
        for (const resolve of waiters) resolve();
      }
    });
  });
  const exited = new Promise<PtyExit>((resolve) => {
    child.onExit(({ exitCode, signal }) => resolve({ exitCode, signal: signal || undefined }));
  });

  const lines = () => {
    const buffer = term.buffer.active;
    const result: string[] = [];
    for (let y = 0; y < term.rows; y++) result.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
    return result;
  };
  const screen = () => lines().join('\n');
  const settled = () => (pendingParses === 0 ? Promise.resolve() : new Promise<void>((resolve) => parsedWaiters.push(resolve)));

  const poll = async (want: boolean, condition: ScreenCondition, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await settled();
      const current = screen();
      if (matches(condition, current) === want) return current;
      if (Date.now() > deadline) {
        const verb = want ? 'appear' : 'go away';
        throw new Error(`waited ${timeoutMs} ms for ${describe(condition)} to ${verb}; the screen shows:\n${current}`);
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  };

  let disposed = false;
  return {
    pid: child.pid,
    chunks,
    exited,
    write: (keys) => child.write(keys),
    waitFor: (condition, timeoutMs = 5_000) => poll(true, condition, timeoutMs),
    waitForGone: (condition, timeoutMs = 5_000) => poll(false, condition, timeoutMs),
    lines,
    screen,
    onAlternateScreen: () => term.buffer.active.type === 'alternate',
    cursorVisible: () => !cursorHidden,
    backgroundAt(row, text) {
      const buffer = term.buffer.active;
      const line = buffer.getLine(buffer.viewportY + row);
      const column = line?.translateToString(true).indexOf(text) ?? -1;
      const cell = column < 0 ? undefined : line?.getCell(column);
      return cell && cell.isBgPalette() ? cell.getBgColor() : undefined;
    },
    resize(cols, rows) {
      term.resize(cols, rows);
      child.resize(cols, rows);
    },
    hangUp() {
      // destroy() is on node-pty's Unix terminal but not in its typings.
      (child as unknown as { destroy(): void }).destroy();
    },
    kill(signal = 'SIGTERM') {
      try {
        process.kill(child.pid, signal);
      } catch {
        // Already gone.
      }
    },
    mark: () => totalBytes,
    bytesSince: (mark) => totalBytes - mark,
    outputSince(mark) {
      const all = Buffer.from(chunks.map((c) => c.data).join(''));
      return all.subarray(mark).toString();
    },
    settled,
    dispose() {
      if (disposed) return;
      disposed = true;
      try {
        child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
      term.dispose();
    },
  };
}
