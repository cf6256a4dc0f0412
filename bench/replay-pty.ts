/**
 * The built console's replay in a real pseudo-terminal, for timing keys: when each byte arrives is
 * stamped as it arrives (no polling), so a key's time is from writing it to the last byte of the
 * frame that shows what the key asked for.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type * as NodePty from 'node-pty';

const require = createRequire(import.meta.url);
const pty = require('node-pty') as typeof NodePty;

/** A frame is over once the terminal has been quiet this long (a replay has no ticking clock). */
const QUIET_MS = 40;
/** Between presses, so Ink's frame throttle is idle when the next key comes. */
const PAUSE_MS = 150;
const KEY_TIMEOUT_MS = 5_000;

export interface ReplayTerminal {
  cols: number;
  rows: number;
  /** Bytes received so far, each chunk stamped with performance.now() at arrival. */
  chunks: { at: number; data: string }[];
  write(key: string): void;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await sleep(5);
  }
}

/** Opens `warroom replay INC-1` on the store and waits for its first frame. */
export async function openReplay(bin: string, storePath: string, events: number, cols = 120, rows = 40): Promise<ReplayTerminal> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('WARROOM_'))) as Record<string, string>;
  const child = pty.spawn(process.execPath, [bin, '--store', storePath, '--actor', 'bench', 'replay', 'INC-1'], { name: 'xterm-256color', cols, rows, cwd: dirname(storePath), env: { ...env, TERM: 'xterm-256color' } });
  const chunks: ReplayTerminal['chunks'] = [];
  child.onData((data) => chunks.push({ at: performance.now(), data }));
  let exited = false;
  child.onExit(() => (exited = true));
  const text = () => chunks.map((c) => c.data).join('');
  await until(() => exited || text().includes(`event 1/${events} `), 60_000, 'the replay to open');
  if (exited) throw new Error(`warroom replay exited: ${text().slice(-500)}`);
  await sleep(500);
  return {
    cols,
    rows,
    chunks,
    write: (key) => child.write(key),
    async close() {
      child.write('q');
      await sleep(200);
      child.write('y');
      await until(() => exited, 5_000, 'the replay to quit').catch(() => child.kill('SIGKILL'));
    },
  };
}

export interface KeyTiming {
  /** Until the bytes that put the new event on screen had arrived. */
  shown: number;
  /** Until the terminal went quiet: any later redraw the key caused (a pane loading behind it) included. */
  settled: number;
}

/** Presses keys one at a time; `next()` says which key and the text its frame shows. Milliseconds per press. */
export async function keyToScreenTimes(term: ReplayTerminal, presses: number, next: () => { key: string; shows: string }): Promise<KeyTiming[]> {
  const times: KeyTiming[] = [];
  for (let i = 0; i < presses; i++) {
    const { key, shows } = next();
    const from = term.chunks.length;
    const written = performance.now();
    term.write(key);
    // The first chunk by which the text is complete (a frame may come in several chunks).
    const shownAt = () => {
      let text = '';
      for (const chunk of term.chunks.slice(from)) {
        text += chunk.data;
        if (text.includes(shows)) return chunk.at;
      }
      return undefined;
    };
    await until(() => shownAt() !== undefined, KEY_TIMEOUT_MS, `"${shows}" after pressing ${key}`);
    await until(() => performance.now() - term.chunks.at(-1)!.at >= QUIET_MS, KEY_TIMEOUT_MS, 'the terminal to go quiet');
    times.push({ shown: shownAt()! - written, settled: term.chunks.at(-1)!.at - written });
    await sleep(PAUSE_MS);
  }
  return times;
}
