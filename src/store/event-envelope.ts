/**
 * Shape checks for what a parsed store holds: every event's envelope and the drafts. A store
 * that fails one is corrupt and refused whole; nothing downstream has to guard against a null
 * event or a seq that is not a number. The payload (`data`) is checked to be an object only:
 * its fields are the domain's to read, and an older build must not refuse a newer event type.
 * Hand-written rather than zod: this runs over every event of a large store at open.
 */
import type { IncidentEvent } from '../domain/events.js';
import type { StoreData } from './store-file.js';

type Check = (value: unknown) => boolean;

const nonEmptyString: Check = (value) => typeof value === 'string' && value !== '';
const isString: Check = (value) => typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const ENVELOPE: readonly [field: keyof IncidentEvent, check: Check, expected: string][] = [
  ['id', nonEmptyString, 'a non-empty string'],
  ['seq', (value) => Number.isSafeInteger(value) && (value as number) > 0, 'a whole number from 1'],
  ['incidentId', nonEmptyString, 'a non-empty string'],
  ['at', (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value)), 'an ISO 8601 time'],
  ['actor', isString, 'a string'],
  ['type', nonEmptyString, 'a non-empty string'],
  ['data', isObject, 'an object'],
  ['prevHash', isString, 'a string'],
  ['hash', nonEmptyString, 'a non-empty string'],
];

/** A short rendering of a wrong value for an error message. */
function shown(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value);
  return `got ${text.length > 40 ? `${text.slice(0, 40)}…` : text}`;
}

/** Checks the events (the store's `events[firstIndex…]`) and returns them typed; throws naming the index, seq and field of the first bad one. */
export function validateEvents(events: readonly unknown[], firstIndex = 0): IncidentEvent[] {
  for (const [offset, event] of events.entries()) {
    const where = `events[${firstIndex + offset}]`;
    if (!isObject(event)) throw new Error(`${where} is not an event object (${shown(event)})`);
    for (const [field, check, expected] of ENVELOPE) {
      if (check(event[field])) continue;
      const seq = typeof event['seq'] === 'number' ? ` (seq ${event['seq']})` : '';
      throw new Error(`${where}${seq}: field "${field}" must be ${expected} (${shown(event[field])})`);
    }
  }
  return events as IncidentEvent[];
}

/** Checks `drafts`: an object of `{text, savedAt, actor}` strings; a missing one is empty. */
export function validateDrafts(drafts: unknown): StoreData['drafts'] {
  if (drafts === undefined) return {};
  if (!isObject(drafts)) throw new Error(`field "drafts" must be an object (${shown(drafts)})`);
  for (const [key, draft] of Object.entries(drafts)) {
    if (!isObject(draft)) throw new Error(`drafts["${key}"] is not an object (${shown(draft)})`);
    for (const field of ['text', 'savedAt', 'actor'] as const) {
      if (!isString(draft[field])) throw new Error(`drafts["${key}"]: field "${field}" must be a string (${shown(draft[field])})`);
    }
  }
  return drafts as StoreData['drafts'];
}
