/** Finds, parses and validates warroom.yaml; without one, the built-in defaults apply. */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';
import type { z } from 'zod';
import { DEFAULT_SEVERITY_POLICIES, SEVERITIES, type SeverityPolicies } from '../domain/severity.js';
import { suggestSimilar } from '../domain/similar-words.js';
import { ConfigError } from './config-error.js';
import { configSchema, type WarroomConfig } from './schema.js';
import { knownKeysAt } from './schema-keys.js';

export const DEFAULT_CONFIG_NAME = 'warroom.yaml';

export interface LoadedConfig {
  config: WarroomConfig;
  /** The file read, or undefined when running on built-in defaults. */
  file: string | undefined;
  /** Relative paths in the config resolve against this directory. */
  baseDir: string;
  policies: SeverityPolicies;
}

export interface ConfigLocation {
  /** --config FILE */
  explicit?: string | undefined;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Which file to read, if any: --config, then WARROOM_CONFIG, then ./warroom.yaml. */
export function locateConfig({ explicit, cwd, env }: ConfigLocation): string | undefined {
  const named = explicit ?? env['WARROOM_CONFIG'];
  if (named) return resolve(cwd, named);
  const local = resolve(cwd, DEFAULT_CONFIG_NAME);
  return existsSync(local) ? local : undefined;
}

/** Loads and validates the config; throws ConfigError naming file, line and field. */
export async function loadConfig(location: ConfigLocation): Promise<LoadedConfig> {
  const file = locateConfig(location);
  if (!file) return withPolicies(configSchema.parse({}), undefined, location.cwd);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new ConfigError(`cannot read config ${file}: ${why} (check --config / $WARROOM_CONFIG)`, file);
  }
  return withPolicies(parseConfigText(text, file), file, dirname(file));
}

/** Parses YAML text as a config; `file` is used in messages only. */
export function parseConfigText(text: string, file: string): WarroomConfig {
  return parseYamlWith(configSchema, text, file);
}

/** Parses YAML text and validates it with a schema; errors name the file, line and field. */
export function parseYamlWith<S extends z.ZodType>(schema: S, text: string, file: string): z.output<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const pos = syntax.linePos?.[0];
    const where = pos ? `${file}:${pos.line}:${pos.col}` : file;
    const message = syntax.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(`${where}: invalid YAML: ${message}`, file);
  }
  const raw: unknown = doc.toJS() ?? {};
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new ConfigError(describeIssues(result.error.issues, file, doc, lineCounter, schema), file);
}

function describeIssues(issues: z.core.$ZodIssue[], file: string, doc: Document, lines: LineCounter, schema: z.ZodType): string {
  const described = issues.slice(0, 5).map((issue) => {
    const path = issue.path.map(String);
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const fieldPath = keys.length > 0 ? [...path, keys[0]!] : path;
    // An unknown key is reported where the key is written, not where its (nested) value starts.
    const line = (keys.length > 0 ? keyLineOf(doc, lines, path, keys[0]!) : undefined) ?? lineOf(doc, lines, fieldPath) ?? lineOf(doc, lines, path);
    const where = line ? `${file}:${line}` : file;
    const field = fieldPath.length > 0 ? fieldPath.join('.') : '(top level)';
    const message = keys.length > 0 ? `unknown field "${keys.join('", "')}"${knownKeysHint(keys[0]!, knownKeysAt(schema, issue.path))}` : issue.message;
    return `${where}: ${field}: ${message}`;
  });
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return described.join('; ') + more;
}

/** What the unknown key should have been: the whole list when it is short, else the closest name. */
function knownKeysHint(key: string, known: string[] | undefined): string {
  if (!known || known.length === 0) return '';
  const guess = known.length > 6 ? suggestSimilar(key, known) : undefined;
  return guess ? ` (did you mean "${guess}"?)` : ` (expected one of: ${known.join(', ')})`;
}

/** The line of `key` itself in the mapping at `path`. */
function keyLineOf(doc: Document, lines: LineCounter, path: string[], key: string): number | undefined {
  const parent: unknown = path.length === 0 ? doc.contents : doc.getIn(path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  return pair && isNode(pair.key) && pair.key.range ? lines.linePos(pair.key.range[0]).line : undefined;
}

function lineOf(doc: Document, lines: LineCounter, path: string[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const prefix = path.slice(0, n).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const node: unknown = prefix.length === 0 ? doc.contents : doc.getIn(prefix, true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    // For a key that exists, the pair's key node carries the position.
  }
  return undefined;
}

function withPolicies(config: WarroomConfig, file: string | undefined, baseDir: string): LoadedConfig {
  const policies = { ...DEFAULT_SEVERITY_POLICIES };
  for (const sev of SEVERITIES) {
    const override = config.severities[sev];
    if (override) policies[sev] = { ...policies[sev], ...definedOnly(override) };
  }
  return { config, file, baseDir, policies };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Resolves a path from the config against the config file's directory. */
export function resolveConfigPath(loaded: Pick<LoadedConfig, 'baseDir'>, path: string): string {
  return isAbsolute(path) ? path : resolve(loaded.baseDir, path);
}
