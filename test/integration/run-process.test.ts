// The process runner against hostile real programs: it must settle in time, bound memory
// and leave no process of the group alive, whatever the child does.
import { execFileSync } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { buildChildEnv, killAllRunning, runProcess, KILL_GRACE_MS } from '../../src/process/run-process.js';
import { isRunning, scriptDir, survivorsOfGroup } from '../helpers/processes.js';

const scripts = scriptDir();
afterAll(() => scripts.remove());
const env = buildChildEnv(process.env, [], {});

// A real full GC before each sample, so the figure is what is retained rather than garbage.
setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;
function liveBytes(): number {
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/** First line of a hostile script's output: "<own pid = pgid> [<child pid>]". */
function pidsFrom(stdout: string): number[] {
  return (stdout.split('\n')[0] ?? '').trim().split(/\s+/).map(Number);
}

describe('runProcess with hostile children', () => {
  it('kills a child that sleeps forever and its grandchild that holds stdout, within timeout + 2 s', async () => {
    const path = scripts.write('hold-pipe.sh', '#!/bin/sh\nsleep 1000 &\necho "$$ $!"\nsleep 1000\n');
    const result = await runProcess({ argv: [path], env, timeoutMs: 500 });
    expect(result.timedOut).toBe(true);
    expect(result.error).toBe('timed out after 0.5s');
    expect(result.durationMs).toBeLessThan(500 + 2_000);
    const [pgid, grandchild] = pidsFrom(result.stdout);
    expect(survivorsOfGroup(pgid!)).toEqual([]);
    expect(isRunning(grandchild!)).toBe(false);
  });

  it('escalates to SIGKILL for a group that ignores SIGTERM', async () => {
    // An ignored signal stays ignored across exec, so the sleeps ignore TERM too.
    const path = scripts.write('ignore-term.sh', "#!/bin/sh\ntrap '' TERM\necho $$\nwhile :; do sleep 0.1; done\n");
    const result = await runProcess({ argv: [path], env, timeoutMs: 400 });
    expect(result.timedOut).toBe(true);
    expect(result.signal).toBe('SIGKILL');
    expect(result.durationMs).toBeGreaterThanOrEqual(400 + KILL_GRACE_MS - 50);
    expect(result.durationMs).toBeLessThan(400 + 2_000);
    expect(survivorsOfGroup(pidsFrom(result.stdout)[0]!)).toEqual([]);
  });

  it('keeps only the tail of 200 MB of output and memory stays bounded', async () => {
    const path = scripts.write(
      'flood.mjs',
      `#!/usr/bin/env node
const line = 'x'.repeat(1023) + '\\n';
const block = line.repeat(1024);
let left = 200;
function more() {
  while (left > 0) { left--; if (!process.stdout.write(block)) return process.stdout.once('drain', more); }
  process.stdout.write('END OF FLOOD\\n');
}
more();
`,
    );
    const before = liveBytes();
    const rssBefore = process.memoryUsage().rss;
    let peak = before;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      peak = Math.max(peak, liveBytes());
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    }, 50);
    const result = await runProcess({ argv: [path], env, timeoutMs: 20_000, maxOutputBytes: 64 * 1024 });
    clearInterval(sampler);
    expect(result.exitCode).toBe(0);
    expect(result.truncated).toBe(true);
    expect(Buffer.byteLength(result.stdout)).toBe(64 * 1024);
    expect(result.stdout.endsWith('END OF FLOOD\n')).toBe(true);
    // Keeping all 200 MB would add about 190 MiB. What is measured after a full GC still holds
    // chunks in flight whose backing stores are not swept yet: up to about 35 MiB on a loaded
    // two-core machine, whatever the output's size, so the bound sits well clear of both.
    expect(peak - before, `live memory grew by ${((peak - before) / 2 ** 20).toFixed(1)} MiB`).toBeLessThan(64 * 2 ** 20);
    expect(rssPeak - rssBefore, `rss grew by ${((rssPeak - rssBefore) / 2 ** 20).toFixed(1)} MiB`).toBeLessThan(96 * 2 ** 20);
  });

  it('reports a file without the executable bit as not executable', async () => {
    const path = scripts.write('no-exec.sh', '#!/bin/sh\necho never\n', 0o644);
    const result = await runProcess({ argv: [path], env, timeoutMs: 2_000 });
    expect(result).toMatchObject({ notExecutable: true, notFound: false, exitCode: null, error: `not executable: ${path}` });
  });

  it('reports a missing binary as not found, naming it', async () => {
    const result = await runProcess({ argv: ['warroom-no-such-program', '-v'], env, timeoutMs: 2_000 });
    expect(result).toMatchObject({ notFound: true, notExecutable: false, error: 'command not found: warroom-no-such-program' });
  });

  it('names a missing working directory instead of blaming the program', async () => {
    const result = await runProcess({ argv: ['true'], cwd: `${scripts.dir}/missing`, env, timeoutMs: 2_000 });
    expect(result.notFound).toBe(false);
    expect(result.error).toBe(`working directory not found: ${scripts.dir}/missing`);
  });
});

describe('runProcess after the leader exits', () => {
  it('kills a background child left in the group that still holds stdout, and settles', async () => {
    const path = scripts.write('leave-child.sh', '#!/bin/sh\nsleep 1000 &\necho "$$ $!"\nexit 0\n');
    const result = await runProcess({ argv: [path], env, timeoutMs: 10_000 });
    expect(result.exitCode).toBe(0);
    expect(result.timedOut).toBe(false);
    expect(result.durationMs).toBeLessThan(2_000);
    const [pgid, child] = pidsFrom(result.stdout);
    expect(survivorsOfGroup(pgid!)).toEqual([]);
    expect(isRunning(child!)).toBe(false);
  });

  it('settles even when a process that left the group keeps the pipe open', async () => {
    const path = scripts.write('escape.sh', '#!/bin/sh\nsetsid sleep 30 &\necho "$$ $!"\nexit 1\n');
    const result = await runProcess({ argv: [path], env, timeoutMs: 10_000 });
    const escaped = pidsFrom(result.stdout)[1]!;
    try {
      expect(result.exitCode).toBe(1);
      expect(result.durationMs).toBeLessThan(1_500);
    } finally {
      if (isRunning(escaped)) process.kill(escaped, 'SIGKILL');
    }
  });
});

describe('runProcess inputs and outputs', () => {
  it('passes only the allowlist, named variables and fixed values to the child', async () => {
    const parent = { ...process.env, WARROOM_TEST_SECRET: 'hunter2', PGPASSWORD: 'pw' };
    const childEnv = buildChildEnv(parent, ['PGPASSWORD'], { CHECK_MODE: 'strict' });
    const result = await runProcess({ argv: ['env'], env: childEnv, timeoutMs: 2_000 });
    expect(result.stdout).toContain('PGPASSWORD=pw\n');
    expect(result.stdout).toContain('CHECK_MODE=strict\n');
    expect(result.stdout).not.toContain('hunter2');
    expect(result.stdout).toMatch(/^PATH=/m);
  });

  it('feeds input on stdin, gives EOF without it, and streams output as it comes', async () => {
    const chunks: string[] = [];
    const fed = await runProcess({ argv: ['cat'], env, timeoutMs: 2_000, input: 'hello\n', onOutput: (c) => chunks.push(c) });
    expect(fed.stdout).toBe('hello\n');
    expect(chunks.join('')).toBe('hello\n');
    const empty = await runProcess({ argv: ['cat'], env, timeoutMs: 2_000 });
    expect(empty).toMatchObject({ stdout: '', exitCode: 0, timedOut: false });
  });

  it('treats a limit beyond what a timer can hold as no limit', async () => {
    const result = await runProcess({ argv: ['sh', '-c', 'sleep 0.2; echo done'], env, timeoutMs: Number.POSITIVE_INFINITY });
    expect(result).toMatchObject({ stdout: 'done\n', timedOut: false, exitCode: 0 });
  });

  it('returns exit code, both streams and the working directory it ran in', async () => {
    const result = await runProcess({ argv: ['sh', '-c', 'pwd; echo oops >&2; exit 3'], cwd: scripts.dir, env, timeoutMs: 2_000 });
    const realDir = execFileSync('realpath', [scripts.dir], { encoding: 'utf8' });
    expect(result).toMatchObject({ exitCode: 3, signal: null, stdout: realDir, stderr: 'oops\n', truncated: false });
  });
});

describe('cancelling', () => {
  it('stops a run when its abort signal fires, marked cancelled rather than timed out', async () => {
    const path = scripts.write('wait.sh', '#!/bin/sh\necho $$\nsleep 1000\n');
    const controller = new AbortController();
    const pending = runProcess({ argv: [path], env, timeoutMs: 30_000, signal: controller.signal, onOutput: () => controller.abort() });
    const result = await pending;
    expect(result).toMatchObject({ cancelled: true, timedOut: false, error: 'cancelled' });
    expect(result.durationMs).toBeLessThan(2_000);
    expect(survivorsOfGroup(pidsFrom(result.stdout)[0]!)).toEqual([]);
  });

  it('killAllRunning ends every live group and waits for them', async () => {
    const path = scripts.write('wait-all.sh', "#!/bin/sh\ntrap '' TERM\necho $$\nwhile :; do sleep 0.1; done\n");
    let started = 0;
    const onOutput = (): void => {
      started++;
    };
    const runs = [1, 2, 3].map(() => runProcess({ argv: [path], env, timeoutMs: 30_000, onOutput }));
    while (started < 3) await new Promise((r) => setTimeout(r, 10));
    const t0 = performance.now();
    await killAllRunning();
    expect(performance.now() - t0).toBeLessThan(2_000);
    for (const result of await Promise.all(runs)) {
      expect(result.cancelled).toBe(true);
      expect(survivorsOfGroup(pidsFrom(result.stdout)[0]!)).toEqual([]);
    }
  });
});
