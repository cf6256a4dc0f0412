/** Finds the runbooks shipped with this installation, wherever the package was installed. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'warroom';

/**
 * The package root holding this module: from the bundle (dist/) or the sources (src/runbooks/)
 * the nearest parent whose package.json is ours. Undefined when run from somewhere else.
 */
export function findInstallDir(from: string = fileURLToPath(import.meta.url)): string | undefined {
  let dir = dirname(from);
  for (let level = 0; level < 6; level++) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && readPackageName(manifest) === PACKAGE_NAME) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

function readPackageName(manifest: string): string | undefined {
  try {
    const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown };
    return typeof parsed.name === 'string' ? parsed.name : undefined;
  } catch {
    return undefined;
  }
}

/** The shipped `runbooks/` directory, if the installation has one. */
export function findShippedRunbooksDir(): string | undefined {
  const root = findInstallDir();
  const dir = root ? join(root, 'runbooks') : undefined;
  return dir && existsSync(dir) ? dir : undefined;
}
