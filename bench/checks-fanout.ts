/**
 * Fan-out of 20 checks that each take 500 ms: all of them together should finish in under
 * 700 ms of wall time, and the event loop should stay responsive meanwhile (delay p99 under
 * 50 ms) so a console keeps drawing while checks run. Measured twice: the runner alone, and
 * the check service recording every result on an open incident's timeline (store lock + write).
 * Usage: node scripts/run-ts.mjs bench/checks-fanout.ts [--runs N] [--checks N] [--sleep SECONDS]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { runChecks } from '../src/checks/check-runner.js';
import { CheckService } from '../src/checks/check-service.js';
import { loadConfig } from '../src/config/load-config.js';
import { checkSchema, type CheckDefinition } from '../src/config/sections/checks.js';
import { IncidentService } from '../src/incidents/incident-service.js';
import { EventStore } from '../src/store/event-store.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, checks: { type: 'string', default: '20' }, sleep: { type: 'string', default: '0.5' } } });
const RUNS = Number(values.runs);
const COUNT = Number(values.checks);
const definitions: CheckDefinition[] = Array.from({ length: COUNT }, (_, i) =>
  checkSchema.parse({ name: `probe-${i + 1}`, command: ['sh', '-c', `sleep ${values.sleep}; echo "OK - probe ${i + 1} answered | time=${values.sleep}s"`], timeout: '10s' }),
);

interface Sample {
  wallMs: number;
  loopP99Ms: number;
  loopMaxMs: number;
}

/** Runs `work` once while sampling event-loop delay every 10 ms. */
async function measure(work: () => Promise<unknown>): Promise<Sample> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const started = performance.now();
  await work();
  const wallMs = performance.now() - started;
  histogram.disable();
  return { wallMs, loopP99Ms: histogram.percentile(99) / 1e6, loopMaxMs: histogram.max / 1e6 };
}

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;

function report(label: string, samples: Sample[]): boolean {
  const wall = median(samples.map((s) => s.wallMs));
  const p99 = median(samples.map((s) => s.loopP99Ms));
  const worstP99 = Math.max(...samples.map((s) => s.loopP99Ms));
  const ok = wall < 700 && p99 < 50;
  process.stdout.write(
    `${label}\n` +
      `  wall time      median ${fmt(wall)}  min ${fmt(Math.min(...samples.map((s) => s.wallMs)))}  max ${fmt(Math.max(...samples.map((s) => s.wallMs)))}  (target < 700 ms)\n` +
      `  loop delay p99 median ${fmt(p99)}  worst run ${fmt(worstP99)}  max seen ${fmt(Math.max(...samples.map((s) => s.loopMaxMs)))}  (target < 50 ms)\n` +
      `  ${ok ? 'PASS' : 'MISS'} over ${samples.length} runs\n`,
  );
  return ok;
}

const dir = await mkdtemp(join(tmpdir(), 'warroom-bench-checks-'));
try {
  process.stdout.write(`${COUNT} checks of ${values.sleep}s each, pool of ${COUNT}, ${RUNS} runs (plus one warm-up)\n\n`);
  const runnerOnly = () => runChecks(definitions, { baseDir: dir, parentEnv: process.env, concurrency: COUNT });
  await runnerOnly();
  const bare: Sample[] = [];
  for (let i = 0; i < RUNS; i++) bare.push(await measure(runnerOnly));
  const bareOk = report('runner only', bare);

  const loaded = await loadConfig({ cwd: dir, env: {} });
  loaded.config.checkConcurrency = COUNT;
  const store = new EventStore({ path: join(dir, 'store.json'), actor: 'bench' });
  const incidents = new IncidentService(store, loaded);
  await incidents.declare({ title: 'Bench incident', severity: 'SEV2' });
  const service = new CheckService(loaded, incidents);
  const recorded: Sample[] = [];
  for (let i = 0; i < RUNS; i++) recorded.push(await measure(() => service.run(definitions)));
  const events = (await store.read()).events.filter((e) => e.type === 'check.finished').length;
  const recordedOk = report(`with timeline recording (${events} check.finished events written in total)`, recorded);
  process.exitCode = bareOk && recordedOk ? 0 : 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
