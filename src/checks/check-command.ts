/**
 * Turns a check definition into the argv to run. A relative program path such as
 * `checks/check_http_health` is looked up next to the config file first, then in the
 * Warroom install directory, so the shipped checks work from any config; bare names use PATH.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckDefinition } from '../config/sections/checks.js';

/** The argv for a check: program resolved, then `-w`/`-c` thresholds appended. */
export function checkArgv(definition: CheckDefinition, baseDir: string, installDir: string | undefined = findInstallDir()): string[] {
  const [program, ...args] = definition.command;
  const argv = [resolveProgram(program!, baseDir, installDir), ...args];
  if (definition.warning !== undefined) argv.push('-w', definition.warning);
  if (definition.critical !== undefined) argv.push('-c', definition.critical);
  return argv;
}

/** Absolute path for a relative program path that exists in one of the bases; other names unchanged. */
export function resolveProgram(program: string, baseDir: string, installDir: string | undefined): string {
  if (isAbsolute(program) || !program.includes('/')) return program;
  const candidates = [resolve(baseDir, program), ...(installDir ? [resolve(installDir, program)] : [])];
  // Not found anywhere: keep the config-relative path so the error names where it was expected.
  return candidates.find((path) => existsSync(path)) ?? candidates[0]!;
}

let cachedInstallDir: string | undefined | null = null;

/** The directory Warroom is installed in: the nearest ancestor of this code with package.json and checks/. */
export function findInstallDir(): string | undefined {
  if (cachedInstallDir !== null) return cachedInstallDir;
  let dir = dirname(fileURLToPath(import.meta.url));
  cachedInstallDir = undefined;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && isDirectory(join(dir, 'checks'))) {
      cachedInstallDir = dir;
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return cachedInstallDir;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
