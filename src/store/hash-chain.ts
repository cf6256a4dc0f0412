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
