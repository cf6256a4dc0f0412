/**
 * A lowdb adapter for a JSON file shared by several processes. lowdb itself assumes one
 * process; this adapter makes each read fresh and each write atomic, and EventStore wraps
 * read-modify-write in an inter-process lock.
 */
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './atomic-write.js';
import { StoreCorruptError, StoreError } from './errors.js';
import { serializeStore, upgradeStore, type StoreData } from './store-file.js';

export class LockedJsonAdapter implements Adapter<StoreData> {
  constructor(readonly path: string) {}

  /** Reads and validates the file; null when it does not exist yet. Never repairs anything. */
  async read(): Promise<StoreData | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return null;
      throw new StoreError(`cannot read store ${this.path}: ${(error as Error).message}`, this.path);
    }
    if (text.trim() === '') throw new StoreCorruptError(this.path, 'the file is empty');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new StoreCorruptError(this.path, (error as Error).message);
    }
    try {
      return upgradeStore(parsed);
    } catch (error) {
      throw new StoreCorruptError(this.path, (error as Error).message);
    }
  }

  async write(data: StoreData): Promise<void> {
    try {
      await writeFileAtomic(this.path, serializeStore(data));
    } catch (error) {
      throw new StoreError(`cannot write store ${this.path}: ${(error as Error).message}`, this.path);
    }
  }
}
