/**
 * How long the Recent changes data takes to load from a repository with 100,000 commits, a
 * 20,000-line deploy history and a 5,000-line change log, reading only the 2 h window. Two
 * detection times: 10 minutes after the newest commit (an incident now), and in the middle of
 * the history (an incident looked at later, with 50,000 commits after it). Each must load in
 * under a second on every run and show every commit of the 2 h before detection; the exit code
 * is non-zero when a target is missed.
 * The repository is generated once with `git fast-import` and cached in the temp dir, with the
 * commit-graph file that `git gc` writes by default (Git 2.24+); without it (`--no-commit-graph`)
 * the walk past the 50,000 commits after a middle detection reads every one of them.
 * Usage: node scripts/run-ts.mjs bench/changes-load.ts [--runs N] [--commits N] [--fresh] [--no-commit-graph]
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ChangeService } from '../src/changes/change-service.js';
import { loadConfig } from '../src/config/load-config.js';
import { changeRows } from '../src/domain/changes/change-view.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    commits: { type: 'string', default: '100000' },
    fresh: { type: 'boolean', default: false },
    'no-commit-graph': { type: 'boolean', default: false },
  },
});
const COMMITS = Number(values.commits);
const RUNS = Number(values.runs);
const STEP_S = 600; // one commit every 10 minutes: 100,000 commits cover about two years
const FIRST_S = Date.parse('2024-12-01T00:00:00Z') / 1000;
const LAST_S = FIRST_S + (COMMITS - 1) * STEP_S;
const DETECTED = new Date((LAST_S + 10 * 60) * 1000).toISOString();
const MIDDLE = new Date((FIRST_S + Math.floor(COMMITS / 2) * STEP_S + 5 * 60) * 1000).toISOString();
const WINDOW_MS = 2 * 3_600_000;
const TARGET_MS = 1_000;
const dir = join(tmpdir(), `warroom-bench-changes-${COMMITS}`);
const repo = join(dir, 'repo.git');
const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

/** Streams a fast-import script: a linear main line with a merged side branch every 1,000 commits. */
async function generateRepository(): Promise<number> {
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', repo], { env: gitEnv });
  const child = spawn('git', ['-C', repo, 'fast-import', '--quiet'], { env: gitEnv, stdio: ['pipe', 'inherit', 'inherit'] });
  // Batched: one pipe write per ~1 MiB instead of one per commit.
  let pending: string[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    const chunk = pending.join('');
    pending = [];
    pendingBytes = 0;
    if (!child.stdin.write(chunk)) await new Promise((resolve) => child.stdin.once('drain', resolve));
  };
  const write = async (text: string) => {
    pending.push(text);
    pendingBytes += text.length;
    if (pendingBytes > 1 << 20) await flush();
  };
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const person = (n: number, t: number) => `Dev ${n % 37} <dev${n % 37}@example.com> ${t} +0000`;
  let mark = 0;
  let side = 0;
  for (let i = 0; i < COMMITS; i++) {
    const t = FIRST_S + i * STEP_S;
    const mergeSide = i > 0 && i % 1_000 === 0;
    if (mergeSide) {
      side = ++mark;
      const sideText = `side work ${i}\n`;
      await write(`commit refs/heads/side\nmark :${side}\nauthor ${person(i + 1, t - 300)}\ncommitter ${person(i + 1, t - 300)}\n${data(`Side change ${i}`)}from :${mark - 1}\nM 100644 inline side/${i % 50}.txt\n${data(sideText)}\n`);
    }
    const current = ++mark;
    const parent = i === 0 ? '' : `from :${mergeSide ? side - 1 : current - 1}\n`;
    const merge = mergeSide ? `merge :${side}\n` : '';
    const subject = mergeSide ? `Merge branch 'side' (${i})` : `Change ${i}: tune module ${i % 997}`;
    await write(`commit refs/heads/main\nmark :${current}\nauthor ${person(i, t)}\ncommitter ${person(i, t)}\n${data(subject)}${parent}${merge}M 100644 inline src/module-${i % 997}.ts\n${data(`export const value = ${i};\n`)}\n`);
  }
  await flush();
  child.stdin.end();
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`git fast-import exited with ${code}`);
  writeRecords();
  writeFileSync(join(dir, 'ready'), DETECTED);
  return performance.now() - started;
}

/** A deploy every 45 minutes and a config change every 3 hours over the same two years. */
function writeRecords(): void {
  const lines: string[] = [];
  for (let t = FIRST_S, n = 0; t <= LAST_S; t += 45 * 60, n++) {
    const service = ['api', 'web', 'worker'][n % 3]!;
    lines.push(JSON.stringify({ at: new Date(t * 1000).toISOString(), service, version: `v${Math.floor(n / 3)}`, actor: 'release-bot', ...(n % 50 === 0 ? { migration: true } : {}) }));
  }
  writeFileSync(join(dir, 'deploys.jsonl'), `${lines.join('\n')}\n`);
  const changes: string[] = [];
  for (let t = FIRST_S, n = 0; t <= LAST_S; t += 3 * 3600, n++) {
    changes.push(JSON.stringify({ at: new Date(t * 1000).toISOString(), kind: ['config', 'flag', 'secret'][n % 3], service: 'api', ref: `setting-${n}`, actor: 'ops' }));
  }
  writeFileSync(join(dir, 'changes.jsonl'), `${changes.join('\n')}\n`);
  writeFileSync(
    join(dir, 'warroom.yaml'),
    ['changes:', '  window: 2h', '  git: [{ path: repo.git, label: big }]', '  deploys: [{ file: deploys.jsonl, label: prod }]', '  changeLogs: [{ file: changes.jsonl, label: ops }]'].join('\n'),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

if (values.fresh || !existsSync(join(dir, 'ready'))) {
  const ms = await generateRepository();
  console.log(`generated ${COMMITS} commits with git fast-import in ${(ms / 1000).toFixed(1)} s (${dir})`);
} else {
  console.log(`using the cached repository in ${dir} (--fresh regenerates it)`);
}
const commitGraph = join(repo, 'objects', 'info', 'commit-graph');
if (values['no-commit-graph']) rmSync(commitGraph, { force: true });
else if (!existsSync(commitGraph)) execFileSync('git', ['-C', repo, 'commit-graph', 'write', '--reachable'], { env: gitEnv });
const total = execFileSync('git', ['-C', repo, 'rev-list', '--count', 'main'], { env: gitEnv, encoding: 'utf8' }).trim();
console.log(`history: ${total} commits on main; commit-graph: ${existsSync(commitGraph) ? 'yes (as git gc leaves it)' : 'none'}`);
const service = new ChangeService(await loadConfig({ explicit: join(dir, 'warroom.yaml'), cwd: dir, env: {} }));

/** Loads the view for one detection time RUNS times; checks the time and that the window before detection is complete. */
async function measureCase(label: string, detectedAt: string): Promise<boolean> {
  const detectedS = Date.parse(detectedAt) / 1000;
  // git's own count of the commits in the 2 h before detection, to check none were crowded out.
  const span = [`--since=@${detectedS - WINDOW_MS / 1000}`, `--until=@${detectedS}`];
  const expected = Number(execFileSync('git', ['-C', repo, 'rev-list', '--count', ...span, 'main'], { env: gitEnv, encoding: 'utf8' }).trim());
  const timings: number[] = [];
  let last;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    last = await service.view({ detectedAt });
    timings.push(performance.now() - started);
  }
  const rows = changeRows(last!);
  const before = rows.filter((r) => r.change.kind === 'commit' && !r.afterDetection).length;
  const worst = Math.max(...timings);
  const fast = worst < TARGET_MS;
  // In the middle case more than maxCommits landed after detection: that side is cut, and says so.
  const complete = before === expected && last!.sources.every((s) => s.error === undefined);
  const bySource = last!.sources.map((s) => `${s.source} ${s.durationMs ?? '?'} ms`).join(', ');
  console.log(`\n${label} (detected ${detectedAt})`);
  console.log(`  window: ${rows.length} changes, ${before} commits before detection (git counts ${expected}), ${rows.filter((r) => r.afterDetection).length} after; problems: ${last!.problems.join('; ') || 'none'}`);
  console.log(`  load (${RUNS} runs): worst ${worst.toFixed(0)} ms, median ${median(timings).toFixed(0)} ms, first ${timings[0]!.toFixed(0)} ms, min ${Math.min(...timings).toFixed(0)} ms; target < ${TARGET_MS} ms on every run`);
  console.log(`  per source (last run): ${bySource}`);
  console.log(`  ${fast && complete ? 'PASS' : 'MISS'}${fast ? '' : ': too slow'}${complete ? '' : ': commits before detection are missing'}`);
  return fast && complete;
}

const results = [await measureCase('incident now: detection 10 min after the newest commit', DETECTED), await measureCase('incident in the middle of the history', MIDDLE)];
process.exitCode = results.every(Boolean) ? 0 : 1;
