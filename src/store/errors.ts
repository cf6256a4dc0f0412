/** Errors the store raises; each names the file and says what to do. */

export class StoreError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** The store file exists but is not a valid store; it is never overwritten. */
export class StoreCorruptError extends StoreError {
  constructor(path: string, detail: string) {
    super(`store ${path} is not valid: ${detail}; it was left untouched: repair or move it, or pass --store`, path);
    this.name = 'StoreCorruptError';
  }
}

/** The store path names a directory: say so, and what to pass instead. */
export function storeIsDirectoryError(path: string): StoreError {
  return new StoreError(`store ${path} is a directory, not a store file; pass a file path (e.g. --store ${path}/store.json)`, path);
}
