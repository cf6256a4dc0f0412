/** Notifies when the store file changes, whoever wrote it (another console, the CLI). */
import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';

export interface StoreWatcher {
  close(): void;
}

/**
 * Calls `onChange` (debounced) after the file is replaced. Uses inotify on the directory (the
 * file is replaced by rename, so its own inode changes) plus a stat poll as a fallback for
 * file systems without change events. Both together keep the delay well under a second.
 */
export function watchStoreFile(path: string, onChange: () => void, pollMs = 500): StoreWatcher {
  let lastSignature = '';
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const signature = async () => {
    try {
      const s = await stat(path, { bigint: true });
      return `${s.ino}:${s.size}:${s.mtimeNs}`;
    } catch {
      return 'missing';
    }
  };
  const checkNow = async () => {
    const current = await signature();
    if (closed || current === lastSignature) return;
    lastSignature = current;
    onChange();
  };
  const schedule = () => {
    if (timer || closed) return;
    timer = setTimeout(() => {
      timer = undefined;
      void checkNow();
    }, 30);
  };

  void signature().then((s) => {
    lastSignature = s;
  });
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dirname(path), { persistent: false }, (_event, filename) => {
      if (!filename || filename === basename(path)) schedule();
    });
    watcher.on('error', () => undefined);
  } catch {
    watcher = undefined;
  }
  const poll = setInterval(schedule, pollMs);
  poll.unref();

  return {
    close() {
      closed = true;
      watcher?.close();
      clearInterval(poll);
      if (timer) clearTimeout(timer);
    },
  };
}
