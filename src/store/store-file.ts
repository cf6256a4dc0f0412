/** The on-disk store format: a versioned JSON document holding the event log. */
import type { IncidentEvent } from '../domain/events.js';

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

/** Validates the parsed document's shape and brings it up to the current schema version. */
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
  if (typeof data['drafts'] !== 'object' || data['drafts'] === null) data['drafts'] = {};
  return data as unknown as StoreData;
}

/** JSON with one event per line: valid JSON, diff-friendly, and cheap to write. */
export function serializeStore(data: StoreData): string {
  const events = data.events.map((e) => JSON.stringify(e)).join(',\n');
  return (
    `{"schemaVersion":${data.schemaVersion},\n"drafts":${JSON.stringify(data.drafts)},\n` +
    `"events":[${events ? `\n${events}\n` : ''}]}\n`
  );
}
