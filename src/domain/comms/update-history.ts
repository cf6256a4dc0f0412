/** The update history as rows for the console list and `warroom updates`. */
import type { UpdateAudience, UpdateKind, UpdateTargetResult } from '../events.js';
import type { IncidentState } from '../incident-state.js';
import { messageDateTime } from './message-time.js';
import { wasDelivered } from './delivered-updates.js';

export interface UpdateHistoryRow {
  /** 1-based, in posting order. */
  number: number;
  at: string;
  /** "2026-11-22 03:25 UTC". */
  when: string;
  kind: UpdateKind;
  audience: UpdateAudience;
  actor: string;
  /** The first non-empty line, for one-line lists. */
  headline: string;
  text: string;
  delivered: boolean;
  targets: UpdateTargetResult[];
  /** "file ok, slack FAILED (HTTP 500)"; "sent by hand" when there were no targets. */
  targetSummary: string;
  overriddenWarnings: string[];
}

function summarise(targets: readonly UpdateTargetResult[]): string {
  if (targets.length === 0) return 'sent by hand';
  return targets.map((t) => (t.ok ? `${t.target} ok` : `${t.target} FAILED${t.error ? ` (${t.error})` : ''}`)).join(', ');
}

/** Every posted update of the incident, oldest first. */
export function updateHistory(incident: Pick<IncidentState, 'updates'>): UpdateHistoryRow[] {
  return incident.updates.map((u, index) => ({
    number: index + 1,
    at: u.at,
    when: messageDateTime(u.at),
    kind: u.kind,
    audience: u.audience,
    actor: u.actor,
    headline: u.text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '',
    text: u.text,
    delivered: wasDelivered(u),
    targets: u.targets,
    targetSummary: summarise(u.targets),
    overriddenWarnings: u.overriddenWarnings ?? [],
  }));
}

/** Plain-text history: a heading line per update, its text indented, then where it went. */
export function formatUpdateHistory(rows: readonly UpdateHistoryRow[]): string[] {
  if (rows.length === 0) return ['no updates posted yet'];
  const lines: string[] = [];
  for (const row of rows) {
    const state = row.delivered ? '' : '  NOT DELIVERED';
    lines.push(`#${row.number}  ${row.when}  ${row.kind}/${row.audience}  by ${row.actor}${state}`);
    for (const textLine of row.text.split('\n')) lines.push(`    ${textLine}`);
    lines.push(`  -> ${row.targetSummary}`);
    if (row.overriddenWarnings.length > 0) lines.push(`  posted despite: ${row.overriddenWarnings.join(', ')}`);
    lines.push('');
  }
  return lines.slice(0, -1);
}
