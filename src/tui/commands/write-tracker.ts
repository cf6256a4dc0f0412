/** Keeps track of appends in flight, so shutdown can wait for them instead of cutting them off. */

export interface WriteTracker {
  /** Registers a write; returns the same promise. */
  track<T>(write: Promise<T>): Promise<T>;
  /** Resolves when every tracked write has settled, or after `timeoutMs`; true when all settled. */
  flush(timeoutMs: number): Promise<boolean>;
  readonly pending: number;
}

/** Creates an empty tracker. */
export function createWriteTracker(): WriteTracker {
  const inFlight = new Set<Promise<unknown>>();
  return {
    track(write) {
      const settled = write.then(
        () => undefined,
        () => undefined,
      );
      inFlight.add(settled);
      void settled.then(() => inFlight.delete(settled));
      return write;
    },
    async flush(timeoutMs) {
      if (inFlight.size === 0) return true;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const all = Promise.all([...inFlight]).then(() => true);
      const result = await Promise.race([all, timeout]);
      clearTimeout(timer);
      return result;
    },
    get pending() {
      return inFlight.size;
    },
  };
}
