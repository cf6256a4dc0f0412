import { describe, expect, it } from 'vitest';
import type { IncidentEvent } from '../../../src/domain/events.js';
import { GENESIS_HASH, hashEvent, verifyToHead } from '../../../src/store/hash-chain.js';

/** A properly chained log of `n` notes. */
function chain(n: number): IncidentEvent[] {
  const events: IncidentEvent[] = [];
  for (let seq = 1; seq <= n; seq++) {
    const unhashed = {
      id: `evt-${seq}`, seq, incidentId: 'INC-1', at: new Date(Date.UTC(2026, 0, 1, 0, seq)).toISOString(), actor: 'a',
      type: 'note.added' as const, data: { text: `note ${seq}` }, prevHash: events.at(-1)?.hash ?? GENESIS_HASH,
    };
    events.push({ ...unhashed, hash: hashEvent(unhashed) });
  }
  return events;
}

describe('verifying against a recorded head', () => {
  const events = chain(5);
  const head = events[2]!.hash;

  it('holds when the head is there with everything up to it intact, counting the events after it', () => {
    expect(verifyToHead(events, head)).toEqual({ ok: true, seq: 3, count: 5, after: 2 });
    expect(verifyToHead(events, events[4]!.hash)).toEqual({ ok: true, seq: 5, count: 5, after: 0 });
  });

  it('fails when the head is gone: the end was cut off (the shorter chain alone still links)', () => {
    expect(verifyToHead(events.slice(0, 2), head)).toEqual({ ok: false, problem: 'not-found', count: 2, storeHead: events[1]!.hash });
  });

  it('tells a break up to the head from a break after it', () => {
    const before = events.map((e, i) => (i === 1 ? { ...e, data: { text: 'changed' } } : e));
    expect(verifyToHead(before, head)).toMatchObject({ ok: false, problem: 'broken-up-to-head', seq: 3, brokenAt: { seq: 2 } });
    const after = events.map((e, i) => (i === 3 ? { ...e, data: { text: 'changed' } } : e));
    expect(verifyToHead(after, head)).toMatchObject({ ok: false, problem: 'broken-after-head', seq: 3, brokenAt: { seq: 4 } });
  });
});
