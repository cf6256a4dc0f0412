/**
 * Checks pane rows: every configured check (run or not), grouped by `group` in the order groups
 * first appear in the config, then results of checks no longer configured. Pure.
 */
import type { CheckDefinition } from '../../config/sections/checks.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { changedMark, formatLatency, stateLook, type CheckState, type LatestResult } from '../presentation/check-view.js';
import type { PaneRow, RowSegment } from './pane-row.js';

export const CHECKS_EMPTY = 'No checks configured — add `checks:` to warroom.yaml';
/** The group of results whose check was taken out of the config since it ran. */
export const UNCONFIGURED_GROUP = 'no longer configured';

export type ChecksEntry =
  | { kind: 'group'; key: string; group: string; names: string[] }
  | { kind: 'check'; key: string; name: string; group: string };

function groupOrder(checks: readonly CheckDefinition[], incident: IncidentState): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const add = (group: string, name: string) => groups.set(group, [...(groups.get(group) ?? []), name]);
  for (const check of checks) add(check.group, check.name);
  for (const name of Object.keys(incident.checks)) if (!checks.some((c) => c.name === name)) add(UNCONFIGURED_GROUP, name);
  return groups;
}

const entriesCache = new WeakMap<IncidentState, { checks: readonly CheckDefinition[]; entries: ChecksEntry[] }>();

/** The pane's entries; group headings only when there is more than one group. Same array for the same inputs. */
export function checksEntries(incident: IncidentState, checks: readonly CheckDefinition[]): ChecksEntry[] {
  const hit = entriesCache.get(incident);
  if (hit?.checks === checks) return hit.entries;
  const groups = groupOrder(checks, incident);
  const entries: ChecksEntry[] = [];
  for (const [group, names] of groups) {
    if (groups.size > 1) entries.push({ kind: 'group', key: `group:${group}`, group, names });
    for (const name of names) entries.push({ kind: 'check', key: name, name, group });
  }
  entriesCache.set(incident, { checks, entries });
  return entries;
}

const rowsCache = new WeakMap<ChecksEntry[], PaneRow[]>();

/** Rows for the pane registry (selection and counting); the pane draws richer ones from the same entries. */
export function checksRows(incident: IncidentState, checks: readonly CheckDefinition[]): PaneRow[] {
  const entries = checksEntries(incident, checks);
  let rows = rowsCache.get(entries);
  if (!rows) {
    rows = entries.map((entry) => ({ key: entry.key, segments: [{ text: entry.kind === 'group' ? entry.group : entry.name, tone: 'normal' }] }));
    rowsCache.set(entries, rows);
  }
  return rows;
}

/** Column widths shared by every row of the pane, so the columns line up. */
export interface CheckColumns {
  state: number;
  name: number;
  latency: number;
}

/** Widths for these rows, each as narrow as its content (names capped so results keep room). */
export function checkColumns(rows: readonly { name: string; state: CheckState; latency: string }[]): CheckColumns {
  return {
    state: Math.max(2, ...rows.map((r) => r.state.length)),
    name: Math.min(24, Math.max(4, ...rows.map((r) => r.name.length))),
    latency: Math.max(0, ...rows.map((r) => r.latency.length)),
  };
}

/** The latency shown for a row: none before a first result or while a run is in flight. */
export function rowLatency(state: CheckState, result: LatestResult | undefined): string {
  return result && state !== 'running' ? formatLatency(result.durationMs) : '';
}

const fit = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));

/** Segments before the age: glyph, state, name, latency. The age ticks on its own (see ChecksPane). */
export function checkRowHead(name: string, state: CheckState, result: LatestResult | undefined, columns: CheckColumns): RowSegment[] {
  const { glyph, tone } = stateLook(state);
  // Nothing after the name without a result: no padding for the row to be cut on.
  if (!result) return [{ text: `${glyph} ${state.padEnd(columns.state)} `, tone }, { text: name, tone: 'normal' }];
  return [
    { text: `${glyph} ${state.padEnd(columns.state)} `, tone },
    { text: fit(name, columns.name), tone: 'normal' },
    { text: ` ${rowLatency(state, result).padStart(columns.latency)}`, tone: 'muted' },
  ];
}

/** Segments after the age: "was OK" when the state changed since the run before, then the summary. */
export function checkRowTail(state: CheckState, result: LatestResult | undefined): RowSegment[] {
  if (!result) return [];
  // While it runs the result on screen is the old one: its mark would mislead.
  if (state === 'running') return [{ text: `  last ${result.timedOut ? 'TIMEOUT' : result.status}: ${result.summary}`, tone: 'muted' }];
  const mark = changedMark(result);
  return [
    { text: mark ? ` ${mark}` : '', tone: 'warning' },
    { text: `  ${result.summary}`, tone: 'normal' },
  ];
}
