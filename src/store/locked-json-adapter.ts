/**
 * A lowdb adapter for a JSON file shared by several processes. lowdb itself assumes one
 * process; this adapter makes each read current and each write atomic, and EventStore wraps
 * read-modify-write in an inter-process lock.
 *
 * Every read checks the file's identity (inode, size, mtime). Writers always replace the file
 * by rename, so an unchanged identity means nobody wrote since this process last read or wrote
 * it, and the parsed document in memory is still current. The serialised event lines are kept
 * too, so an append writes the new events' JSON and reuses the rest verbatim.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './atomic-write.js';
import { StoreCorruptError, StoreError, storeIsDirectoryError } from './errors.js';
import { validateEvents } from './event-envelope.js';
import {
  appendSerializedEvents, appendedEventsText, renderStore, serializeEvents, splitStoreText, upgradeStore, type StoreData,
} from './store-file.js';

interface Snapshot {
  signature: string;
  data: StoreData;
  /** Serialised text of the first `eventCount` events. */
  serializedEvents: string;
  eventCount: number;
}

export class LockedJsonAdapter implements Adapter<StoreData> {
  private snapshot: Snapshot | undefined;

  constructor(readonly path: string) {}

  /** Reads and validates the file; null when it does not exist yet. Never repairs anything. */
  async read(): Promise<StoreData | null> {
    const signature = await this.signature();
    if (signature === undefined) {
      this.snapshot = undefined;
      return null;
    }
    if (this.snapshot?.signature === signature) return this.snapshot.data;
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      throw new StoreError(`cannot read store ${this.path}: ${(error as Error).message}`, this.path);
    }
    const { data, serializedEvents } = this.parseIncrementally(text) ?? this.parseWhole(text);
    this.snapshot = { signature, data, serializedEvents, eventCount: data.events.length };
    return data;
  }

  /** When the file only gained events since the snapshot, parses just the new ones. */
  private parseIncrementally(text: string): { data: StoreData; serializedEvents: string } | undefined {
    const known = this.snapshot;
    const parts = splitStoreText(text);
    if (!known || !parts) return undefined;
    const added = appendedEventsText(known.serializedEvents, parts.serializedEvents);
    if (added === undefined) return undefined;
    const header = this.parse(parts.header);
    const newEvents = this.validate(() => validateEvents(this.parseJson(added) as unknown[], known.data.events.length));
    return { data: { ...header, events: known.data.events.concat(newEvents) }, serializedEvents: parts.serializedEvents };
  }

  private parseWhole(text: string): { data: StoreData; serializedEvents: string } {
    const data = this.parse(text);
    return { data, serializedEvents: splitStoreText(text)?.serializedEvents ?? serializeEvents(data.events) };
  }

  async write(data: StoreData): Promise<void> {
    const serializedEvents = this.serializedEventsFor(data);
    try {
      await writeFileAtomic(this.path, renderStore(data, serializedEvents));
      const signature = await this.signature();
      this.snapshot = signature ? { signature, data, serializedEvents, eventCount: data.events.length } : undefined;
    } catch (error) {
      // What is in memory may now differ from the file: forget it so the next read goes to disk.
      this.snapshot = undefined;
      throw new StoreError(`cannot write store ${this.path}: ${(error as Error).message}`, this.path);
    }
  }

  /** Reuses the known serialised prefix when `data` only appended to the snapshot's events (the hash chain makes a matching last hash mean a matching prefix). */
  private serializedEventsFor(data: StoreData): string {
    const known = this.snapshot;
    const extendsSnapshot =
      known !== undefined &&
      data.events.length >= known.eventCount &&
      (known.eventCount === 0 || data.events[known.eventCount - 1]?.hash === known.data.events[known.eventCount - 1]?.hash);
    return extendsSnapshot
      ? appendSerializedEvents(known.serializedEvents, data.events.slice(known.eventCount))
      : serializeEvents(data.events);
  }

  private parse(text: string): StoreData {
    if (text.trim() === '') throw new StoreCorruptError(this.path, 'the file is empty');
    const parsed = this.parseJson(text);
    return this.validate(() => upgradeStore(parsed));
  }

  /** Runs a shape check; what it rejects makes the store corrupt (reported, never written). */
  private validate<T>(check: () => T): T {
    try {
      return check();
    } catch (error) {
      if (error instanceof StoreCorruptError) throw error;
      throw new StoreCorruptError(this.path, (error as Error).message);
    }
  }

  private parseJson(text: string): unknown {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new StoreCorruptError(this.path, (error as Error).message);
    }
  }

  private async signature(): Promise<string | undefined> {
    try {
      const s = await stat(this.path, { bigint: true });
      if (s.isDirectory()) throw storeIsDirectoryError(this.path);
      if (!s.isFile()) throw new StoreError(`cannot read store ${this.path}: not a regular file`, this.path);
      return `${s.ino}:${s.size}:${s.mtimeNs}`;
    } catch (error) {
      if (error instanceof StoreError) throw error;
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new StoreError(`cannot read store ${this.path}: ${(error as Error).message}`, this.path);
    }
  }
}
