/**
 * Append latency of the shared event store (lock + re-read + append + fsync'd atomic write)
 * with 10, 1,000 and 10,000 events already in the store. Prints median and p99 per size, for
 * one writer appending repeatedly and for two writers taking turns (so every append finds the
 * file changed by the other and has to read and parse it again: the worst case).
 * Run: node scripts/run-ts.mjs bench/store-append.ts [samples]
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newEvent, type NewEvent } from '../src/domain/events.js';
import { EventStore } from '../src/store/event-store.js';

const samples = Number(process.argv[2] ?? 200);
const sizes = [10, 1_000, 10_000];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const dir = await mkdtemp(join(tmpdir(), 'warroom-bench-'));
try {
  console.log(`store append latency, ${samples} appends per size (lock, re-read, append, fsync, rename)`);
  console.log('events in store | writers     | file size | median ms | p99 ms | max ms');
  for (const [size, writers] of sizes.flatMap((size) => [[size, 1], [size, 2]] as const)) {
    const path = join(dir, `store-${size}-${writers}.json`);
    const store = new EventStore({ path, actor: 'bench' });
    const other = new EventStore({ path, actor: 'other' });
    // Fill with realistic notes in batches (one write per batch).
    for (let filled = 0; filled < size; ) {
      const batch: NewEvent[] = [];
      for (let i = 0; i < Math.min(1_000, size - filled); i++) {
        batch.push(newEvent('INC-1', 'note.added', { text: `checked the ${filled + i}th dashboard; p95 latency still above 2 s on checkout` }));
      }
      await store.append(batch);
      filled += batch.length;
    }
    const timings: number[] = [];
    for (let i = 0; i < samples; i++) {
      const started = performance.now();
      const writer = writers === 2 && i % 2 === 1 ? other : store;
      await writer.append([newEvent('INC-1', 'note.added', { text: `bench note ${i}` })]);
      timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    const bytes = (await stat(store.path)).size;
    console.log(
      `${String(size).padStart(15)} | ${writers === 1 ? 'one        ' : 'alternating'} | ${(bytes / 1024).toFixed(0).padStart(6)} KiB | ${percentile(timings, 50).toFixed(2).padStart(9)} | ${percentile(timings, 99).toFixed(2).padStart(6)} | ${timings.at(-1)!.toFixed(2)}`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
