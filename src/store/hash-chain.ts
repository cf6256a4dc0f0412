/** Tamper evidence: each event's hash covers its content and the previous event's hash. */
import { createHash } from 'node:crypto';
import type { IncidentEvent } from '../domain/events.js';

export const GENESIS_HASH = '0'.repeat(64);

type Unhashed = Omit<IncidentEvent, 'hash'>;

/** SHA-256 over a canonical rendering of the event (fixed key order) and its predecessor's hash. */
export function hashEvent(event: Unhashed): string {
  const canonical = JSON.stringify([
    event.prevHash, event.seq, event.id, event.incidentId, event.at, event.actor, event.type, canonicalise(event.data),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

function canonicalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalise);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((k) => [k, canonicalise((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export type ChainVerdict =
  | { ok: true; count: number; head: string }
  | { ok: false; count: number; brokenAt: { seq: number; id: string; reason: string } };

/** Walks the whole log and reports the first link that does not hold. */
export function verifyChain(events: readonly IncidentEvent[]): ChainVerdict {
  let prev = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const where = { seq: event.seq, id: event.id };
    if (event.seq !== index + 1) return { ok: false, count: events.length, brokenAt: { ...where, reason: `expected seq ${index + 1}` } };
    if (event.prevHash !== prev) return { ok: false, count: events.length, brokenAt: { ...where, reason: 'prevHash does not match the previous event' } };
    const { hash, ...rest } = event;
    if (hashEvent(rest) !== hash) return { ok: false, count: events.length, brokenAt: { ...where, reason: 'content does not match its hash' } };
    prev = hash;
  }
  return { ok: true, count: events.length, head: prev };
}

/**
 * Whether the store still holds a head recorded earlier (a postmortem prints one) with every
 * event up to it intact. A chain alone cannot tell that events were cut off its end: the
 * shorter chain still links. Checking against a head kept outside the store can.
 */
export type HeadVerdict =
  | { ok: true; seq: number; count: number; after: number }
  | { ok: false; problem: 'not-found'; count: number; storeHead: string }
  | { ok: false; problem: 'broken-up-to-head' | 'broken-after-head'; seq: number; count: number; brokenAt: { seq: number; id: string; reason: string } };

/** Checks the chain from the start up to `head` (and reports on the events after it). */
export function verifyToHead(events: readonly IncidentEvent[], head: string): HeadVerdict {
  const wanted = head.toLowerCase();
  const index = events.findIndex((event) => event.hash === wanted);
  const chain = verifyChain(events);
  if (index === -1) return { ok: false, problem: 'not-found', count: events.length, storeHead: events.at(-1)?.hash ?? GENESIS_HASH };
  const seq = index + 1;
  if (!chain.ok) {
    const problem = chain.brokenAt.seq <= seq ? 'broken-up-to-head' : 'broken-after-head';
    return { ok: false, problem, seq, count: events.length, brokenAt: chain.brokenAt };
  }
  return { ok: true, seq, count: events.length, after: events.length - seq };
}
