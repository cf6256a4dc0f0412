import { describe, expect, it } from 'vitest';
import { createShutdown } from '../../../src/tui/terminal/shutdown.js';
import { createWriteTracker } from '../../../src/tui/commands/write-tracker.js';

describe('createShutdown', () => {
  it('runs every step once, in order, however often and from wherever it is called', async () => {
    const ran: string[] = [];
    const shutdown = createShutdown([
      { name: 'timers', run: () => ran.push('timers') },
      { name: 'children', run: async () => ran.push('children') },
      { name: 'terminal', run: () => ran.push('terminal') },
    ]);
    const [first, second] = await Promise.all([shutdown('SIGHUP', 129), shutdown('quit', 0)]);
    expect(ran).toEqual(['timers', 'children', 'terminal']);
    expect(first).toEqual({ reason: 'SIGHUP', exitCode: 129, problems: [] });
    expect(second).toBe(first);
  });

  it('keeps going after a step fails or hangs, and reports both', async () => {
    const ran: string[] = [];
    const shutdown = createShutdown([
      { name: 'children', run: () => Promise.reject(new Error('kill failed')) },
      { name: 'writes', run: () => new Promise(() => undefined), timeoutMs: 30 },
      { name: 'terminal', run: () => ran.push('terminal') },
    ]);
    const result = await shutdown('quit', 0);
    expect(ran).toEqual(['terminal']);
    expect(result.problems).toEqual(['children: kill failed', 'writes: gave up after 30 ms']);
  });
});

describe('createWriteTracker', () => {
  it('waits for writes in flight, and stops waiting at the deadline', async () => {
    const writes = createWriteTracker();
    let release: () => void = () => undefined;
    void writes.track(new Promise<void>((resolve) => (release = resolve)));
    void writes.track(Promise.reject(new Error('refused'))).catch(() => undefined);
    expect(await writes.flush(20)).toBe(false);
    release();
    expect(await writes.flush(1000)).toBe(true);
    expect(writes.pending).toBe(0);
  });
});
