/** Mirrors the deploy freeze into a file, for deploy scripts that test for its existence. */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Creates the file (with who/why) while frozen, removes it when lifted. */
export async function syncFreezeFile(path: string, frozen: boolean, detail: string): Promise<void> {
  if (frozen) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${detail}\n`, { mode: 0o644 });
  } else {
    await rm(path, { force: true });
  }
}
