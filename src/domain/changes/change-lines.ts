/**
 * JSON Lines change records (deploy history, config/flag change logs): one JSON object per line,
 * validated line by line so one bad line is reported with its number and the good ones are kept.
 */
import { z } from 'zod';
import { RECORD_KINDS, type Change, type ChangeSourceType, type DeployMark, type LineError, type RecordKind } from './change-model.js';

// A time without a zone would be read in whatever zone the host runs in: refuse it.
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

const text = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
  .trim()
  .min(1, 'must not be empty');

/** One record; unknown fields are kept (exports from other tools carry extras) and shown in the details. */
export const changeLineSchema = z.looseObject({
  at: z
    .string({ error: (issue) => `${issue.input === undefined ? 'is required' : 'must be a string'}: ISO 8601 with a zone, e.g. 2026-11-22T02:41:00Z` })
    // A text that is no ISO time at all gets this message only, not the real-date one too.
    .regex(ISO_WITH_ZONE, { message: 'must be ISO 8601 with a zone, e.g. 2026-11-22T02:41:00Z', abort: true })
    .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real date/time'),
  kind: z.enum(RECORD_KINDS, { error: `must be one of ${RECORD_KINDS.join(', ')}` }).optional(),
  service: text.optional(),
  version: text.optional(),
  ref: text.optional(),
  actor: text,
  description: z.string().optional(),
  migration: z.boolean({ error: 'must be true or false' }).optional(),
  rollbackOf: text.optional(),
});

export type ChangeLine = z.infer<typeof changeLineSchema>;

export interface ParseLinesInput {
  text: string;
  /** File path or command, used in ids of nothing but in every error message. */
  origin: string;
  source: string;
  sourceType: Exclude<ChangeSourceType, 'git'>;
  /**
   * Start of the window (ms). Older lines are only checked for JSON syntax and reduced to the
   * deploy marks that rollback targets need, so a long history costs little to load.
   */
  sinceMs?: number | undefined;
}

export interface ParsedLines {
  changes: Change[];
  errors: LineError[];
  /** Deploys before the window: service and version only. */
  earlierDeploys: DeployMark[];
}

/** Parses JSON Lines text into changes; bad lines become errors naming origin and line number. */
export function parseChangeLines(input: ParseLinesInput): ParsedLines {
  const result: ParsedLines = { changes: [], errors: [], earlierDeploys: [] };
  const lines = input.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!;
    if (raw.trim() === '') continue;
    const line = index + 1;
    const json = parseJsonObject(raw);
    if (typeof json === 'string') {
      result.errors.push({ origin: input.origin, line, message: json });
      continue;
    }
    const atMs = typeof json['at'] === 'string' && ISO_WITH_ZONE.test(json['at']) ? Date.parse(json['at']) : Number.NaN;
    // A line without a usable time falls through to full validation, which says what is wrong.
    if (input.sinceMs !== undefined && atMs < input.sinceMs) {
      const mark = deployMark(json, input.sourceType, atMs);
      if (mark) result.earlierDeploys.push(mark);
      continue;
    }
    const checked = validateRecord(json, input.sourceType);
    if (typeof checked === 'string') result.errors.push({ origin: input.origin, line, message: checked });
    else result.changes.push(toChange(checked.record, checked.kind, input, line));
  }
  return result;
}

function parseJsonObject(raw: string): Record<string, unknown> | string {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'expected a JSON object, one per line';
  return json as Record<string, unknown>;
}

function deployMark(json: Record<string, unknown>, sourceType: ParseLinesInput['sourceType'], atMs: number): DeployMark | undefined {
  const kind = json['kind'] ?? (sourceType === 'deploys' ? 'deploy' : undefined);
  const service = json['service'];
  const ref = json['version'] ?? json['ref'];
  if (kind !== 'deploy' || typeof service !== 'string' || typeof ref !== 'string') return undefined;
  const rollbackOf = json['rollbackOf'];
  return { atMs, service: service.trim(), ref: ref.trim(), ...(typeof rollbackOf === 'string' ? { rollbackOf: rollbackOf.trim() } : {}) };
}

function validateRecord(json: Record<string, unknown>, sourceType: ParseLinesInput['sourceType']): { record: ChangeLine; kind: RecordKind } | string {
  const parsed = changeLineSchema.safeParse(json);
  if (!parsed.success) {
    return parsed.error.issues
      .slice(0, 3)
      .map((issue) => `field "${issue.path.join('.') || '(record)'}" ${issue.message}`)
      .join('; ');
  }
  const record = parsed.data;
  if (sourceType === 'changelog' && record.kind === undefined) {
    return `field "kind" is required in a change log: one of ${RECORD_KINDS.join(', ')}`;
  }
  const kind = record.kind ?? 'deploy';
  if (kind === 'deploy' && record.service === undefined) return 'a deploy needs "service"';
  if (kind === 'deploy' && record.version === undefined && record.ref === undefined) return 'a deploy needs "version" or "ref"';
  if (kind !== 'deploy' && !record.description?.trim() && record.ref === undefined && record.version === undefined) {
    return 'say what changed: give "description", "ref" or "version"';
  }
  return { record, kind };
}

// Built field by field: this runs once per line of histories with tens of thousands of lines.
function toChange(record: ChangeLine, kind: RecordKind, input: ParseLinesInput, line: number): Change {
  const at = new Date(Date.parse(record.at)).toISOString();
  const ref = record.version ?? record.ref;
  const description = record.description?.trim() || undefined;
  const subject = [record.service, ref].filter(Boolean).join('@') || shortHash(description ?? '');
  const change: Change = {
    id: `${kind}:${input.source}:${subject}:${compactTime(at)}`,
    at,
    kind,
    source: input.source,
    sourceType: input.sourceType,
    title: recordTitle(record, ref, description),
    actor: record.actor,
    origin: `${input.origin}:${line}`,
    // Zod returns a fresh object: the record as written, unknown fields included.
    record,
  };
  if (ref !== undefined) change.ref = ref;
  if (record.service !== undefined) change.service = record.service;
  if (record.migration === true || kind === 'migration') change.migration = true;
  if (record.rollbackOf !== undefined) change.rollbackOf = record.rollbackOf;
  if (description !== undefined) change.description = description;
  return change;
}

function recordTitle(record: ChangeLine, ref: string | undefined, description: string | undefined): string {
  const what = [record.service, ref].filter(Boolean).join(' ');
  const rollback = record.rollbackOf ? ` (rollback of ${record.rollbackOf})` : '';
  if (!what) return description ?? '';
  return `${what}${rollback}${description ? `: ${description}` : ''}`;
}

/** 2026-11-22T02:41:00.000Z → 20261122T024100Z: short enough to type in an id. */
export function compactTime(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}

// FNV-1a: a stable short name for records that have only a description.
function shortHash(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
