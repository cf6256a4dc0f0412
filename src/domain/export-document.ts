/** Builds the JSON export of one incident: every event, the folded state and the durations. */
import { incidentDurations } from './durations.js';
import type { IncidentState } from './incident-state.js';
import type { ChainSummary } from './postmortem-model.js';
import { EXPORT_FORMAT_VERSION, type ExportDocument } from './export-schema.js';
import { REDACTED } from './redaction.js';

export interface ExportInput {
  /** Folded from already-redacted events. */
  incident: IncidentState;
  chain: ChainSummary;
  service: string;
  extraPatterns: number;
  now: Date;
}

/** The versioned export document (docs/export-format.md). */
export function buildExportDocument(input: ExportInput): ExportDocument {
  const { events, ...state } = input.incident;
  return {
    formatVersion: EXPORT_FORMAT_VERSION,
    generatedAt: input.now.toISOString(),
    service: input.service,
    incident: state,
    durations: incidentDurations(input.incident, input.now),
    chain: input.chain,
    redaction: { marker: REDACTED, extraPatterns: input.extraPatterns },
    events: events.map((e) => ({ ...e, data: e.data as Record<string, unknown> })),
  };
}

/** The document as pretty JSON text with a trailing newline. */
export function renderExportJson(document: ExportDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
