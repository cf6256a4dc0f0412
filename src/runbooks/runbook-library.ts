/**
 * The runbooks a responder can use: the team's directory (from config, relative to the config
 * file) layered over the ones shipped with Warroom. A team file with the same name wins.
 */
import { existsSync, realpathSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { resolveConfigPath, type LoadedConfig } from '../config/load-config.js';
import { canonicalRunbookName } from '../domain/checklist/checklist-sources.js';
import { parseRunbook } from '../domain/checklist/parse-runbook.js';
import type { Runbook } from '../domain/checklist/runbook-model.js';
import { readRunbookFile, type RunbookFileContent } from './read-runbook-file.js';
import { RunbookError } from './runbook-error.js';
import { findShippedRunbooksDir } from './shipped-dir.js';

export type RunbookOrigin = 'team' | 'shipped';

export interface RunbookDir {
  path: string;
  origin: RunbookOrigin;
}

/** One runbook file, read and parsed. */
export interface RunbookDocument extends RunbookFileContent {
  name: string;
  file: string;
  origin: RunbookOrigin;
  title: string;
  runbook: Runbook;
}

/** A line of `warroom runbooks`: what the file is and whether it is a checklist. */
export interface RunbookInfo {
  name: string;
  file: string;
  origin: RunbookOrigin;
  title: string;
  items: number;
  warnings: number;
  error: string | undefined;
}

/** Where runbooks are looked up, in order; throws when the configured directory is missing. */
export function runbookDirs(loaded: LoadedConfig, shipped: string | undefined = findShippedRunbooksDir()): RunbookDir[] {
  const { dir, shipped: useShipped } = loaded.config.runbooks;
  const dirs: RunbookDir[] = [];
  const team = resolveConfigPath(loaded, dir ?? 'runbooks');
  // Running from the checkout, the team directory may be the shipped one itself.
  const teamIsShipped = shipped !== undefined && sameDir(team, shipped);
  if (existsSync(team)) dirs.push({ path: team, origin: teamIsShipped ? 'shipped' : 'team' });
  else if (dir !== undefined) {
    throw new RunbookError(`runbooks.dir ${team} does not exist (set in ${loaded.file ?? 'the config'})`);
  }
  if (useShipped && shipped && !teamIsShipped) dirs.push({ path: shipped, origin: 'shipped' });
  return dirs;
}

function sameDir(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return a === b;
  }
}

/** A canonical name that stays inside the runbook directories. */
function isRunbookName(name: string): boolean {
  return name !== '' && !isAbsolute(name) && !name.split('/').includes('..');
}

function isDocumentationFile(file: string): boolean {
  return /^readme\.md$/i.test(file);
}

/** Parsed runbooks kept by content hash: the console re-reads files on every change, but rarely re-parses. */
const PARSE_CACHE_SIZE = 64;

export class RunbookLibrary {
  private readonly parsed = new Map<string, Runbook>();

  /** `unavailable`: why no runbook can be read (e.g. a configured directory is missing); every call reports it. */
  constructor(
    readonly dirs: readonly RunbookDir[],
    private readonly unavailable?: string,
  ) {}

  /** The library a config describes (team directory, then the shipped runbooks); never throws, so a console can start. */
  static fromConfig(loaded: LoadedConfig): RunbookLibrary {
    try {
      return new RunbookLibrary(runbookDirs(loaded));
    } catch (error) {
      if (!(error instanceof RunbookError)) throw error;
      return new RunbookLibrary([], error.message);
    }
  }

  /** Every runbook, sorted by name; a file that cannot be read is listed with its error. */
  async list(): Promise<RunbookInfo[]> {
    if (this.unavailable) throw new RunbookError(this.unavailable);
    const byName = new Map<string, { file: string; origin: RunbookOrigin }>();
    for (const dir of this.dirs) {
      const files = await readdir(dir.path, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
        throw new RunbookError(`cannot list runbooks in ${dir.path}: ${error.code ?? error.message}`);
      });
      for (const entry of files) {
        if (!entry.isFile() || !entry.name.endsWith('.md') || isDocumentationFile(entry.name)) continue;
        const name = canonicalRunbookName(entry.name);
        if (!byName.has(name)) byName.set(name, { file: join(dir.path, entry.name), origin: dir.origin });
      }
    }
    const names = [...byName.keys()].sort();
    return Promise.all(names.map((name) => this.info(name, byName.get(name)!)));
  }

  private async info(name: string, where: { file: string; origin: RunbookOrigin }): Promise<RunbookInfo> {
    try {
      const doc = await this.read(name, where.file, where.origin);
      return { name, file: where.file, origin: where.origin, title: doc.title, items: doc.runbook.items.length, warnings: doc.runbook.warnings.length, error: undefined };
    } catch (error) {
      return { name, file: where.file, origin: where.origin, title: name, items: 0, warnings: 0, error: (error as Error).message };
    }
  }

  /** Reads and parses a runbook by name (`rollback-rules` or `rollback-rules.md`). */
  async load(requested: string): Promise<RunbookDocument> {
    if (this.unavailable) throw new RunbookError(this.unavailable);
    const name = canonicalRunbookName(requested);
    if (!isRunbookName(name)) {
      throw new RunbookError(`"${requested}" is not a runbook name: use a file name from \`warroom runbooks\`, e.g. rollback-rules`);
    }
    for (const dir of this.dirs) {
      const file = join(dir.path, `${name}.md`);
      if (existsSync(file)) return this.read(name, file, dir.origin);
    }
    throw new RunbookError(`no runbook "${requested}" in ${this.where()}${await this.suggest(name)}`);
  }

  /** Every path `load` looks at for a runbook, in order (existing or not: a team file created later wins). */
  candidateFiles(requested: string): string[] {
    const name = canonicalRunbookName(requested);
    if (this.unavailable || !isRunbookName(name)) return [];
    return this.dirs.map((dir) => join(dir.path, `${name}.md`));
  }

  private async read(name: string, file: string, origin: RunbookOrigin): Promise<RunbookDocument> {
    const content = await readRunbookFile(file);
    const runbook = this.parse(content);
    return { ...content, name, file, origin, title: runbook.title ?? name, runbook };
  }

  private parse(content: RunbookFileContent): Runbook {
    const cached = this.parsed.get(content.contentHash);
    if (cached) return cached;
    const runbook = parseRunbook(content.text);
    if (this.parsed.size >= PARSE_CACHE_SIZE) this.parsed.clear();
    this.parsed.set(content.contentHash, runbook);
    return runbook;
  }

  private where(): string {
    return this.dirs.length > 0 ? this.dirs.map((d) => d.path).join(' or ') : 'any directory (no runbooks directory found)';
  }

  private async suggest(name: string): Promise<string> {
    const known = (await this.list().catch(() => [])).map((info) => info.name);
    const close = known.filter((other) => other.includes(name) || name.includes(other)).slice(0, 5);
    return close.length > 0 ? `; did you mean ${close.join(', ')}?` : '; `warroom runbooks` lists them';
  }
}
