/**
 * Finds and reads status-update templates: `KIND.AUDIENCE.md` from the team's override
 * directory (`comms.templatesDir`) when it has that file, else the one shipped in templates/.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../config/config-error.js';
import { resolveConfigPath, type LoadedConfig } from '../config/load-config.js';
import type { UpdateAudience, UpdateKind } from '../domain/events.js';

export interface TemplateText {
  text: string;
  /** The file it came from (used in error messages). */
  path: string;
  /** Whether it came from the override directory. */
  overridden: boolean;
}

/** The file name of one template, e.g. `initial.customer.md`. */
export function templateFileName(kind: UpdateKind, audience: UpdateAudience): string {
  return `${kind}.${audience}.md`;
}

/**
 * The shipped templates directory: the nearest `templates/` above this module, which finds it
 * from the bundle (dist/), the sources (src/comms/) and script bundles alike.
 */
export function shippedTemplatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  const looked: string[] = [];
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, templateFileName('initial', 'customer')))) return candidate;
    looked.push(candidate);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`the shipped templates are missing (looked in ${looked.join(', ')}); reinstall warroom`);
}

function overrideDir(loaded: LoadedConfig): string | undefined {
  const configured = loaded.config.comms.templatesDir;
  if (!configured) return undefined;
  const dir = resolveConfigPath(loaded, configured);
  const where = loaded.file ?? 'config';
  if (!existsSync(dir)) throw new ConfigError(`${where}: comms.templatesDir: directory ${dir} does not exist`, where);
  if (!statSync(dir).isDirectory()) throw new ConfigError(`${where}: comms.templatesDir: ${dir} is not a directory`, where);
  return dir;
}

async function readTemplate(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read template ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, path);
  }
}

/** Reads the template for one kind and audience, preferring the override directory. */
export async function loadUpdateTemplate(loaded: LoadedConfig, kind: UpdateKind, audience: UpdateAudience): Promise<TemplateText> {
  const name = templateFileName(kind, audience);
  const custom = overrideDir(loaded);
  if (custom && existsSync(join(custom, name))) {
    const path = join(custom, name);
    return { text: await readTemplate(path), path, overridden: true };
  }
  const path = join(shippedTemplatesDir(), name);
  return { text: await readTemplate(path), path, overridden: false };
}
