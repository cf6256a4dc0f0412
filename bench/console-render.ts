/**
 * The console's rendering budget over SSH, measured in a real pseudo-terminal on the built CLI:
 *   - cold start to the first full frame (median of several runs), next to a bare Ink "hello"
 *     bundled by esbuild into one ESM file with NODE_ENV=production on this machine; the console starts
 *     from V8's code cache (src/boot), so it is also measured without one, as on its first start after
 *     a build;
 *   - bytes written per second while idle with the header clocks ticking;
 *   - bytes written for one keystroke that moves the timeline selection;
 *   - full-screen clears (ESC[2J, ESC[3J, ESC c) after the first frame, without a resize;
 *   - for context, how long `warroom --version` takes: the CLI bundle alone, before any console code.
 * Run after `npm run build`: node scripts/run-ts.mjs bench/console-render.ts [runs]
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import xterm from '@xterm/headless';
import { build } from 'esbuild';
import { cacheCompleteness } from '../src/boot/code-cache-file.js';
import { codeCachePath } from '../src/boot/start-bundle.js';
import { addNote } from '../src/domain/incident-commands.js';
import { createConsoleSandbox, requireFreshBuild, type ConsoleSandbox } from '../test/helpers/console-pty.js';
import { spawnPty, type OutputChunk, type PtyTerminal } from '../test/helpers/pty-terminal.js';
import { IncidentService } from '../src/incidents/incident-service.js';
import { loadConfig } from '../src/config/load-config.js';
import { EventStore } from '../src/store/event-store.js';

const runs = Number(process.argv[2] ?? 7);
const IDLE_SECONDS = 10;
// eslint-disable-next-line no-control-regex
const FULL_CLEAR = /\u001B\[2J|\u001B\[3J|\u001Bc/g;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const delay = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Replays the output into a fresh emulator and returns when (ms after spawn) the screen first showed `text`. */
async function firstShown(chunks: readonly OutputChunk[], cols: number, rows: number, texts: string[]): Promise<number> {
  const term = new xterm.Terminal({ cols, rows, allowProposedApi: true });
  for (const chunk of chunks) {
    await new Promise<void>((done) => term.write(chunk.data, done));
    const buffer = term.buffer.active;
    let screen = '';
    for (let y = 0; y < rows; y++) screen += `${buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? ''}\n`;
    if (texts.every((t) => screen.includes(t))) {
      term.dispose();
      return chunk.t;
    }
  }
  term.dispose();
  throw new Error(`the screen never showed ${texts.join(' + ')}`);
}

/** The bare Ink program, bundled like the CLI (one ESM file, production React). */
async function buildHello(): Promise<string> {
  const dir = resolve('node_modules', '.cache', 'bench-console');
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'hello.mjs');
  writeFileSync(entry, "import React from 'react';\nimport { render, Text } from 'ink';\nrender(React.createElement(Text, null, 'hello'));\n");
  const outfile = join(dir, 'hello.bundle.mjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: "import { createRequire as __wrCreateRequire } from 'node:module'; const require = __wrCreateRequire(import.meta.url);" },
    // As in scripts/build.mjs: Ink's devtools bridge (DEV=true only) is replaced by a no-op.
    plugins: [{
      name: 'ink-devtools-stub',
      setup(b) {
        b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'stub' }));
        b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default { initialize() {}, connectToDevTools() {} };' }));
      },
    }],
    logLevel: 'warning',
  });
  return outfile;
}

async function closed(term: PtyTerminal): Promise<void> {
  term.kill('SIGTERM');
  await Promise.race([term.exited, delay(3000)]);
  term.dispose();
}

/** How long the CLI takes to print `--version`: loading the bundle, before any console code runs. */
async function cliFloor(): Promise<number> {
  const term = spawnPty(process.execPath, [resolve('bin', 'warroom'), '--version'], { cols: 80, rows: 24 });
  await term.exited;
  await term.settled();
  const t = term.chunks.at(0)?.t ?? NaN;
  term.dispose();
  return t;
}

async function coldStartHello(bundle: string): Promise<number> {
  const term = spawnPty(process.execPath, [bundle], { cols: 80, rows: 24 });
  await term.waitFor('hello', 10_000);
  const t = await firstShown(term.chunks, 80, 24, ['hello']);
  await closed(term);
  return t;
}

/** A store with an open incident and a timeline long enough to scroll. */
async function seededSandbox(): Promise<ConsoleSandbox> {
  const sandbox = await createConsoleSandbox();
  const loaded = await loadConfig({ cwd: sandbox.dir, env: {}, explicit: sandbox.configPath });
  const store = new EventStore({ path: sandbox.storePath, actor: 'bob' });
  const incidents = new IncidentService(store, loaded);
  await incidents.declare({ title: 'Checkout returns 502', severity: 'SEV1' });
  for (let i = 1; i <= 60; i++) await incidents.record('INC-1', (incident) => addNote(incident, `finding ${i}: checked the upstream pool`));
  return sandbox;
}

const FULL_FRAME = ['Checkout returns 502', 'q quit', 'finding 60'];

async function coldStartConsole(sandbox: ConsoleSandbox, cols: number, rows: number): Promise<number> {
  const term = sandbox.open({ actor: 'alice', cols, rows });
  await term.waitFor((s) => FULL_FRAME.every((t) => s.includes(t)), 10_000);
  const t = await firstShown(term.chunks, cols, rows, FULL_FRAME);
  await closed(term);
  return t;
}

const codeCache = codeCachePath(resolve('dist', 'warroom.cjs'));
const dropCodeCache = () => codeCache && rmSync(codeCache, { force: true });
const codeCacheState = () => {
  try {
    return (codeCache && cacheCompleteness(readFileSync(codeCache))) ?? 'none';
  } catch {
    return 'none';
  }
};

/** Leaves a full code cache behind: a console that runs past the moment its cache is taken. */
async function warmCodeCache(sandbox: ConsoleSandbox): Promise<void> {
  const term = sandbox.open({ actor: 'alice', cols: 80, rows: 24 });
  await term.waitFor((s) => FULL_FRAME.every((t) => s.includes(t)), 10_000);
  await delay(2600);
  await closed(term);
}

interface SteadyFigures {
  idleBytesPerSecond: number;
  keystrokeBytes: number;
  clearsAfterStart: number;
  clearsWithResize: number;
}

/** Idle output, one selection move, and clears, in one console session. */
async function steadyState(sandbox: ConsoleSandbox, cols: number, rows: number): Promise<SteadyFigures> {
  const term = sandbox.open({ actor: 'alice', cols, rows });
  await term.waitFor((s) => FULL_FRAME.every((t) => s.includes(t)), 10_000);
  const afterFirstFrame = term.mark();

  // Idle: the clocks tick once a second; nothing else changes.
  await delay(1500);
  const idleFrom = term.mark();
  await delay(IDLE_SECONDS * 1000);
  const idleBytesPerSecond = term.bytesSince(idleFrom) / IDLE_SECONDS;

  // One keystroke right after a clock tick, so the next tick falls outside the window.
  const tickSeen = term.chunks.length;
  while (term.chunks.length === tickSeen) await delay(5);
  const keyFrom = term.mark();
  term.write('k');
  await term.waitFor('paused: f follows');
  await delay(250);
  const keystrokeBytes = term.bytesSince(keyFrom);

  const clearsAfterStart = term.outputSince(afterFirstFrame).match(FULL_CLEAR)?.length ?? 0;
  const resizeFrom = term.mark();
  term.resize(cols - 10, rows - 2);
  await term.waitFor((s) => s.includes('q quit'));
  await delay(300);
  const clearsWithResize = term.outputSince(resizeFrom).match(FULL_CLEAR)?.length ?? 0;
  await closed(term);
  return { idleBytesPerSecond, keystrokeBytes, clearsAfterStart, clearsWithResize };
}

requireFreshBuild();
const hello = await buildHello();
const sandbox = await seededSandbox();
try {
  console.log(`console rendering in a pseudo-terminal, ${runs} cold starts per row, store with 1 incident and 62 events`);
  console.log('(hello and console runs alternate, so both see the same machine load)');
  const floors: number[] = [];
  for (let i = 0; i < runs; i++) floors.push(await cliFloor());
  console.log(`floor: \`warroom --version\` prints after a median ${median(floors)} ms (the CLI bundle loaded, no console code run yet)`);
  await warmCodeCache(sandbox);
  console.log(`code cache: ${codeCacheState()} (${codeCache ?? 'no cache location'})`);
  for (const [cols, rows] of [[80, 24], [120, 40], [200, 60]] as const) {
    const helloTimes: number[] = [];
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      helloTimes.push(await coldStartHello(hello));
      times.push(await coldStartConsole(sandbox, cols, rows));
    }
    // The first start after a build: no code cache (each run leaves a partial one at its exit).
    const uncachedTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      dropCodeCache();
      uncachedTimes.push(await coldStartConsole(sandbox, cols, rows));
    }
    const helloMedian = median(helloTimes);
    const start = median(times);
    const uncached = median(uncachedTimes);
    // Runs long enough to leave a full code cache again for the next size.
    const steady = await steadyState(sandbox, cols, rows);
    const ratio = start / helloMedian;
    console.log(`console ${`${cols}x${rows}`.padEnd(7)}: first full frame median ${start} ms, bare Ink "hello" median ${helloMedian} ms: ${ratio.toFixed(2)}x (target <= 1.5x) ${ratio <= 1.5 ? 'ok' : 'MISSED'}`);
    console.log(`                 runs: console ${times.join(', ')}; hello ${helloTimes.join(', ')}`);
    console.log(`                 first start after a build (no code cache yet): median ${uncached} ms, ${(uncached / helloMedian).toFixed(2)}x; runs ${uncachedTimes.join(', ')}`);
    console.log(`                 idle with clocks ticking: ${steady.idleBytesPerSecond.toFixed(0)} B/s (target < 300) ${steady.idleBytesPerSecond < 300 ? 'ok' : 'MISSED'}`);
    console.log(`                 one selection move (k): ${steady.keystrokeBytes} B (target < 1024) ${steady.keystrokeBytes < 1024 ? 'ok' : 'MISSED'}`);
    console.log(`                 full-screen clears after start: ${steady.clearsAfterStart} (target 0) ${steady.clearsAfterStart === 0 ? 'ok' : 'MISSED'}; during a resize: ${steady.clearsWithResize}`);
  }
} finally {
  await sandbox.cleanup();
}
