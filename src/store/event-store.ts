/**
 * The incident event store: a lowdb document on disk that several processes append to.
 * Every change takes an inter-process lock, re-reads the file, appends, and writes atomically,
 * so concurrent consoles and CLI calls never lose each other's events.
 */
import { Low } from 'lowdb';
import type { IncidentEvent, NewEvent } from '../domain/events.js';
import { GENESIS_HASH, hashEvent } from './hash-chain.js';
import { LockedJsonAdapter } from './locked-json-adapter.js';
import { emptyStore, type StoreData } from './store-file.js';
import { withStoreLock } from './store-lock.js';
import { resolveStoreFile } from './store-path.js';

export interface EventStoreOptions {
  path: string;
  /** Who is acting; recorded on every event this store appends. */
  actor: string;
  /** Injected clock (tests, drills); defaults to the wall clock. */
  now?: () => Date;
}

/** Either the events to append, or a function that derives them from the freshly read store. */
export type EventsToAppend = NewEvent[] | ((current: StoreData) => NewEvent[]);

export class EventStore {
  /** The real file: symbolic links in the given path are followed, so every process locks and replaces the same file. */
  readonly path: string;
  readonly actor: string;
  private readonly now: () => Date;
  private readonly db: Low<StoreData>;

  constructor(options: EventStoreOptions) {
    this.path = resolveStoreFile(options.path);
    this.actor = options.actor;
    this.now = options.now ?? (() => new Date());
    this.db = new Low(new LockedJsonAdapter(this.path), emptyStore());
  }

  /** Reads the current document (no lock needed: writes are atomic renames). The result is the caller's to keep. */
  async read(): Promise<StoreData> {
    await this.db.read();
    const data = this.db.data;
    return { ...data, events: [...data.events], drafts: { ...data.drafts } };
  }

  /** Appends events under the lock and returns them as stored (with ids, seq, times, hashes). */
  async append(toAppend: EventsToAppend): Promise<IncidentEvent[]> {
    return this.withLock(async () => {
      await this.db.read();
      const data = this.db.data;
      const requested = typeof toAppend === 'function' ? toAppend(data) : toAppend;
      if (requested.length === 0) return [];
      const stored: IncidentEvent[] = [];
      let prev = data.events.at(-1);
      for (const draft of requested) {
        const seq = (prev?.seq ?? 0) + 1;
        const unhashed = {
          id: `evt-${String(seq).padStart(6, '0')}`,
          seq,
          incidentId: draft.incidentId,
          at: draft.at ?? this.now().toISOString(),
          actor: this.actor,
          type: draft.type,
          data: draft.data,
          prevHash: prev?.hash ?? GENESIS_HASH,
        };
        const event = { ...unhashed, hash: hashEvent(unhashed) } as IncidentEvent;
        stored.push(event);
        prev = event;
      }
      this.db.data = { ...data, events: data.events.concat(stored) };
      await this.db.write();
      return stored;
    });
  }

  /** Saves (or with `null`, discards) a named draft so unsent text survives a quit or a crash. */
  async saveDraft(key: string, text: string | null): Promise<void> {
    await this.withLock(async () => {
      await this.db.read();
      const drafts = { ...this.db.data.drafts };
      if (text === null) delete drafts[key];
      else drafts[key] = { text, savedAt: this.now().toISOString(), actor: this.actor };
      this.db.data = { ...this.db.data, drafts };
      await this.db.write();
    });
  }

  private withLock<T>(work: () => Promise<T>): Promise<T> {
    return withStoreLock(this.path, work);
  }
}
