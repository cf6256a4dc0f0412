/**
 * Notices edits to the runbook files on a checklist, so an edit made during the incident shows
 * without Ctrl-R. Each file is watched like the store file (inotify on its directory, a stat poll
 * as the fallback), including places a file does not exist yet: a team file created later
 * shadows the shipped one of the same name.
 */
import { watchStoreFile, type StoreWatcher } from '../store/watch-store.js';

/** The fallback poll for file systems without change events: still within the second or two a responder expects. */
const POLL_MS = 1000;

export interface RunbookFilesWatcher {
  /** Watches exactly these paths from now on (ones no longer listed stop being watched). */
  watch(paths: readonly string[]): void;
  close(): void;
}

/** Calls `onChange` once per burst of changes (an editor's save is several writes), `debounceMs` after the last. */
export function watchRunbookFiles(onChange: () => void, debounceMs = 100): RunbookFilesWatcher {
  const watchers = new Map<string, StoreWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const changed = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!closed) onChange();
    }, debounceMs);
  };
  return {
    watch(paths) {
      if (closed) return;
      const wanted = new Set(paths);
      for (const [path, watcher] of watchers) {
        if (wanted.has(path)) continue;
        watcher.close();
        watchers.delete(path);
      }
      for (const path of wanted) if (!watchers.has(path)) watchers.set(path, watchStoreFile(path, changed, POLL_MS));
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
