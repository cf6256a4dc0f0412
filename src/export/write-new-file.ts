/**
 * Writes a file that must not replace an existing one: postmortems get edited by hand after
 * export, so a second export takes the next free name instead of destroying that work.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { ExportError } from './export-error.js';

const MAX_SUFFIX = 99;

/**
 * Writes `content` to `path`, or with `pickFreeName` to `name-2.ext`, `name-3.ext`, ... when taken.
 * The content is fsync'd to a temp file and hard-linked into place, which fails rather than
 * overwrites, so two exports at once cannot clobber each other. Returns the path written.
 */
export async function writeNewFile(path: string, content: string, options: { pickFreeName: boolean }): Promise<string> {
  const dir = dirname(path);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new ExportError(`cannot create directory ${dir}: ${(error as Error).message}`);
  }
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    const limit = options.pickFreeName ? MAX_SUFFIX : 1;
    for (let n = 1; n <= limit; n++) {
      const candidate = n === 1 ? path : withSuffix(path, n);
      try {
        await link(temp, candidate);
        return candidate;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new ExportError(`cannot write ${candidate}: ${(error as Error).message}`);
        }
      }
    }
    throw new ExportError(
      options.pickFreeName
        ? `${path} and ${MAX_SUFFIX - 1} numbered variants already exist; tidy ${dir} or pass --out`
        : `${path} already exists; it was left untouched: choose another --out or move the file`,
    );
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** `dir/name.md` → `dir/name-2.md`. */
function withSuffix(path: string, n: number): string {
  const ext = extname(path);
  return `${path.slice(0, path.length - ext.length)}-${n}${ext}`;
}
