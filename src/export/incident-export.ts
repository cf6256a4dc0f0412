/**
 * Exports one incident: reads the store, verifies the chain, redacts, renders the postmortem
 * draft and/or the JSON document, writes them without replacing existing files, and records
 * `postmortem.exported` on the timeline.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { resolveConfigPath, type LoadedConfig } from '../config/load-config.js';
import { newEvent } from '../domain/events.js';
import { buildExportDocument, renderExportJson } from '../domain/export-document.js';
import { foldAll, foldIncident } from '../domain/fold.js';
import { buildPostmortemModel, postmortemFileName, type ChainSummary } from '../domain/postmortem-model.js';
import { renderPostmortemMarkdown } from '../domain/postmortem-markdown.js';
import { createRedactor, redactEvents } from '../domain/redaction.js';
import { selectIncidentForReview } from '../domain/review-selection.js';
import type { IncidentService } from '../incidents/incident-service.js';
import { GENESIS_HASH, verifyChain } from '../store/hash-chain.js';
import { ExportError } from './export-error.js';
import { writeNewFile } from './write-new-file.js';

export const EXPORT_FORMATS = ['markdown', 'json', 'both'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  incidentId?: string | undefined;
  format: ExportFormat;
  /** A file (one format), a directory (existing, or ending in `/`), or `-` for stdout. */
  out?: string | undefined;
  /** Resolves a relative `out`. */
  cwd: string;
}

export interface ExportResult {
  incidentId: string;
  markdownPath?: string;
  jsonPath?: string;
  /** Rendered text when `out` is `-`. */
  stdout?: string;
  chain: ChainSummary;
  chainHead: string;
}

/** Runs one export; nothing is written to the store when printing to stdout. */
export async function exportIncident(
  service: Pick<IncidentService, 'store' | 'record'>,
  loaded: LoadedConfig,
  request: ExportRequest,
  now: Date,
): Promise<ExportResult> {
  const data = await service.store.read();
  const chain = verifyChain(data.events);
  const chainHead = data.events.at(-1)?.hash ?? GENESIS_HASH;
  const target = selectIncidentForReview(foldAll(data.events), request.incidentId);
  const redactor = createRedactor(loaded.config.export.redact);
  const incident = foldIncident(redactEvents(target.events, redactor))!;
  const serviceName = redactor.text(loaded.config.service);
  const wantMarkdown = request.format !== 'json';
  const wantJson = request.format !== 'markdown';

  const model = buildPostmortemModel({
    incident, chain, targets: loaded.config.export.targets, policies: loaded.policies, service: serviceName, now,
  });
  const markdown = wantMarkdown ? renderPostmortemMarkdown(model) : undefined;
  const json = wantJson
    ? renderExportJson(buildExportDocument({ incident, chain, service: serviceName, extraPatterns: loaded.config.export.redact.length, now }))
    : undefined;
  const result: ExportResult = { incidentId: target.id, chain, chainHead };

  if (request.out === '-') {
    if (request.format === 'both') throw new ExportError('--out - prints one format only: add --format markdown or --format json');
    return { ...result, stdout: markdown ?? json! };
  }
  const paths = await targetPaths(loaded, request, postmortemFileName(model, 'md'));
  if (markdown !== undefined) result.markdownPath = await writeNewFile(paths.markdown, markdown, { pickFreeName: !paths.explicit });
  if (json !== undefined) result.jsonPath = await writeNewFile(paths.json, json, { pickFreeName: !paths.explicit });
  if (result.markdownPath) {
    const path = displayPath(loaded, result.markdownPath);
    await service.record(target.id, (i) => [newEvent(i.id, 'postmortem.exported', { path, chainHead })]);
  }
  return result;
}

async function targetPaths(loaded: LoadedConfig, request: ExportRequest, defaultName: string) {
  const jsonName = (p: string) => p.replace(/\.md$/, '') + '.json';
  const mdName = (p: string) => p.replace(/\.json$/, '') + '.md';
  if (!request.out) {
    const path = resolve(resolveConfigPath(loaded, loaded.config.export.postmortemDir), defaultName);
    return { markdown: path, json: jsonName(path), explicit: false };
  }
  const out = resolve(request.cwd, request.out);
  if (request.out.endsWith('/') || (await isDirectory(out))) {
    const path = resolve(out, defaultName);
    return { markdown: path, json: jsonName(path), explicit: false };
  }
  // An explicit file: one format goes exactly there; both share its name with .md and .json.
  if (request.format === 'markdown') return { markdown: out, json: jsonName(out), explicit: true };
  if (request.format === 'json') return { markdown: mdName(out), json: out, explicit: true };
  return { markdown: mdName(out.replace(/\.(md|json)$/, '')), json: jsonName(out.replace(/\.(md|json)$/, '')), explicit: true };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Paths inside the config directory are recorded relative to it, so the record survives a move. */
function displayPath(loaded: LoadedConfig, path: string): string {
  const rel = relative(loaded.baseDir, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
