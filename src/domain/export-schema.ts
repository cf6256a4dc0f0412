/**
 * The JSON export format, version 1 (documented in docs/export-format.md). The schema is the
 * contract: the export builder is typed by it and tests validate real exports against it.
 * Bump `formatVersion` for any change a consumer could trip over; adding optional fields is not one.
 */
import { z } from 'zod';
import { SEVERITIES } from './severity.js';
import { ROLES } from './roles.js';
import { STATUSES } from './events.js';

export const EXPORT_FORMAT_VERSION = 1;

const isoTime = z.iso.datetime({ offset: true });
const severity = z.enum(SEVERITIES);
const checkStatus = z.enum(['OK', 'WARNING', 'CRITICAL', 'UNKNOWN']);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const nullableMs = z.number().nonnegative().nullable();

export const exportedEventSchema = z.strictObject({
  id: z.string().min(1),
  seq: z.number().int().positive(),
  incidentId: z.string().min(1),
  at: isoTime,
  actor: z.string(),
  /** Dotted past tense; consumers should keep events of types they do not know. */
  type: z.string().regex(/^[a-z]+(\.[a-z]+)+$/),
  data: z.record(z.string(), z.unknown()),
  prevHash: sha256,
  hash: sha256,
});

const perfDatum = z.object({
  label: z.string(), value: z.number(), uom: z.string(),
  warn: z.string().optional(), crit: z.string().optional(), min: z.number().optional(), max: z.number().optional(),
});

// The folded state grows as the product does: its objects (z.object, not strict) accept fields added later.
export const exportedStateSchema = z.object({
  id: z.string(),
  title: z.string(),
  severity,
  severityHistory: z.array(z.object({ at: isoTime, actor: z.string(), from: severity, to: severity })),
  status: z.enum(STATUSES),
  summary: z.string(),
  impact: z.string(),
  rootCause: z.string(),
  tags: z.array(z.string()),
  declaredBy: z.string(),
  milestones: z.object({
    detected: isoTime, declared: isoTime, acknowledged: isoTime.optional(), mitigationStarted: isoTime.optional(),
    mitigated: isoTime.optional(), resolved: isoTime.optional(), postmortemDone: isoTime.optional(),
  }),
  roles: z.partialRecord(z.enum(ROLES), z.string()),
  frozen: z.boolean(),
  breach: z.boolean(),
  drill: z.boolean(),
  checks: z.record(z.string(), z.object({
    name: z.string(), status: checkStatus, summary: z.string(), durationMs: z.number(), at: isoTime,
    timedOut: z.boolean(), perfdata: z.array(perfDatum), previousStatus: checkStatus.optional(),
  })),
  suspects: z.array(z.object({
    changeId: z.string(), kind: z.string(), source: z.string(), title: z.string(), ref: z.string().optional(),
    previousRef: z.string().optional(), changedAt: z.string(), markedBy: z.string(), markedAt: isoTime,
  })),
  attachedRunbooks: z.array(z.object({ runbook: z.string(), contentHash: z.string() })),
  checklist: z.record(z.string(), z.object({
    runbook: z.string(), itemId: z.string(), text: z.string(), checked: z.boolean(), contentHash: z.string(), by: z.string(), at: isoTime,
  })),
  updates: z.array(z.object({
    kind: z.enum(['initial', 'update', 'resolution']), audience: z.enum(['customer', 'internal']), text: z.string(),
    at: isoTime, actor: z.string(),
    targets: z.array(z.object({ target: z.string(), ok: z.boolean(), error: z.string().optional() })),
  })),
  followups: z.array(z.object({
    id: z.string(), text: z.string(), owner: z.string().optional(), due: z.string().optional(),
    priority: z.enum(['P1', 'P2', 'P3']), createdAt: isoTime, closedAt: isoTime.optional(),
  })),
  runningAction: z.object({ name: z.string(), startedAt: isoTime, actor: z.string() }).optional(),
  lastEventAt: isoTime,
});

export const exportDocumentSchema = z.strictObject({
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  generatedAt: isoTime,
  service: z.string(),
  incident: exportedStateSchema,
  durations: z.strictObject({
    timeToAcknowledgeMs: nullableMs, timeToDeclareMs: nullableMs, timeToMitigationStartMs: nullableMs,
    timeToMitigateMs: nullableMs, timeToResolveMs: nullableMs, elapsedMs: z.number().nonnegative(),
  }),
  chain: z.union([
    z.strictObject({ ok: z.literal(true), count: z.number().int().nonnegative(), head: sha256 }),
    z.strictObject({
      ok: z.literal(false), count: z.number().int().nonnegative(),
      brokenAt: z.strictObject({ seq: z.number().int(), id: z.string(), reason: z.string() }),
    }),
  ]),
  redaction: z.strictObject({ marker: z.string(), extraPatterns: z.number().int().nonnegative() }),
  events: z.array(exportedEventSchema),
});

export type ExportDocument = z.infer<typeof exportDocumentSchema>;
