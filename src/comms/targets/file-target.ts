/** Appends each update to a markdown status log, one heading per update. */
import { appendFile, mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { messageDateTime } from '../../domain/comms/message-time.js';
import { settle, type UpdateMessage, type UpdateTarget } from './target.js';

/** The markdown block one update adds to the log. */
export function statusLogEntry(message: UpdateMessage): string {
  const heading = `## ${messageDateTime(message.postedAt)} · ${message.incidentId} · ${message.kind} · ${message.audience}`;
  return `${heading}\n\n_${message.severity}, ${message.status}, posted by ${message.actor}_\n\n${message.text.trim()}\n\n`;
}

const FS_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a directory',
  ENOTDIR: 'part of the path is a file, not a directory',
  // mkdir -p reports a file sitting where a directory should be as EEXIST.
  EEXIST: 'part of the path is a file, not a directory',
};

function describeFsError(error: NodeJS.ErrnoException): string {
  const reason = error.code ? FS_REASONS[error.code] : undefined;
  return reason ? `${reason} (${error.code})` : (error.code ?? error.message);
}

async function isEmpty(path: string): Promise<boolean> {
  try {
    return (await stat(path)).size === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

/** A file target writing to `path` (already resolved against the config directory). */
export function fileTarget(name: string, path: string): UpdateTarget {
  return {
    name,
    post: (message) =>
      settle(name, async () => {
        try {
          await mkdir(dirname(path), { recursive: true });
          const title = (await isEmpty(path)) ? `# Status updates: ${message.service}\n\n` : '';
          // One append call per update, so two consoles posting at once never interleave within an entry.
          await appendFile(path, title + statusLogEntry(message), { encoding: 'utf8', mode: 0o644 });
        } catch (error) {
          throw new Error(`cannot append to ${path}: ${describeFsError(error as NodeJS.ErrnoException)}`);
        }
        return { detail: `appended to ${path}` };
      }),
  };
}
