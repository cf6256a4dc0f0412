/** The on-disk store format: a versioned JSON document holding the event log. */
import type { IncidentEvent } from '../domain/events.js';
import { validateDrafts, validateEvents } from './event-envelope.js';

export const STORE_SCHEMA_VERSION = 1;

export interface StoreData {
  schemaVersion: number;
  events: IncidentEvent[];
  /** Unsent texts (e.g. a status update being composed), keyed by purpose; survive quitting. */
  drafts: Record<string, { text: string; savedAt: string; actor: string }>;
}

export function emptyStore(): StoreData {
  return { schemaVersion: STORE_SCHEMA_VERSION, events: [], drafts: {} };
}

/**
 * Migrations from each older schema version to the next. A store written by a newer version
 * is refused rather than guessed at.
 */
const MIGRATIONS: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  // 0 is the unversioned shape: a bare `{events}` document.
  0: (data) => ({ ...data, schemaVersion: 1, drafts: data['drafts'] ?? {} }),
};

/** Validates the parsed document's shape (every event's envelope, the drafts) and brings it up to the current schema version. */
export function upgradeStore(raw: unknown): StoreData {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('expected a JSON object at the top level');
  let data = raw as Record<string, unknown>;
  let version = typeof data['schemaVersion'] === 'number' ? data['schemaVersion'] : 0;
  if (version > STORE_SCHEMA_VERSION) {
    throw new Error(`schemaVersion ${version} is newer than this warroom understands (${STORE_SCHEMA_VERSION}); upgrade warroom`);
  }
  while (version < STORE_SCHEMA_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) throw new Error(`no migration from schemaVersion ${version}`);
    data = migrate(data);
    version = data['schemaVersion'] as number;
  }
  if (!Array.isArray(data['events'])) throw new Error('field "events" must be an array');
  return { ...data, schemaVersion: version, events: validateEvents(data['events']), drafts: validateDrafts(data['drafts']) };
}

/*
 * Layout: a small header, then one event per line, then a fixed tail. Valid JSON, diff-friendly,
 * and because the event lines are kept verbatim, an append only has to serialise the new events.
 */
const EVENTS_OPEN = '\n"events":[';
const TAIL = ']}\n';

/** The serialised event list (`\n{...},\n{...}\n`), reusable across writes. */
export function serializeEvents(events: readonly IncidentEvent[]): string {
  return events.length === 0 ? '' : `\n${events.map((e) => JSON.stringify(e)).join(',\n')}\n`;
}

/** Adds events to an already serialised event list without touching the existing text. */
export function appendSerializedEvents(serialized: string, added: readonly IncidentEvent[]): string {
  if (added.length === 0) return serialized;
  const lines = added.map((e) => JSON.stringify(e)).join(',\n');
  return serialized === '' ? `\n${lines}\n` : `${serialized.slice(0, -1)},\n${lines}\n`;
}

/** The whole document from its parts. */
export function renderStore(data: StoreData, serializedEvents: string): string {
  return `{"schemaVersion":${data.schemaVersion},\n"drafts":${JSON.stringify(data.drafts)},${EVENTS_OPEN}${serializedEvents}${TAIL}`;
}

/** The whole document, serialising every event. */
export function serializeStore(data: StoreData): string {
  return renderStore(data, serializeEvents(data.events));
}

/** Splits a document in this layout into its header (as a parseable document) and its event-list text. */
export function splitStoreText(text: string): { header: string; serializedEvents: string } | undefined {
  const start = text.indexOf(EVENTS_OPEN);
  if (start < 0 || !text.endsWith(TAIL)) return undefined;
  return {
    header: `${text.slice(0, start)}${EVENTS_OPEN}${TAIL}`,
    serializedEvents: text.slice(start + EVENTS_OPEN.length, text.length - TAIL.length),
  };
}

/**
 * When `current` is `known` with events appended (the usual case: another process appended),
 * returns the text of just the appended events as a JSON array; otherwise undefined.
 */
export function appendedEventsText(known: string, current: string): string | undefined {
  if (known === '') return current === '' ? '[]' : `[${current}]`;
  const prefix = known.slice(0, -1);
  if (current.length < known.length || !current.startsWith(prefix)) return undefined;
  const rest = current.slice(prefix.length);
  if (rest === '\n') return '[]';
  return rest.startsWith(',\n') ? `[${rest.slice(1)}]` : undefined;
}
