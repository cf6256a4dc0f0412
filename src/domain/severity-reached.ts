/** The severity an incident was declared at and the most severe level it reached. */
import type { IncidentState } from './incident-state.js';
import { severityRank, type Severity } from './severity.js';

/** Declared severity (before any change) and the highest reached; targets are judged by the highest. */
export function severityReached(incident: Pick<IncidentState, 'severity' | 'severityHistory'>): { initial: Severity; highest: Severity } {
  const initial = incident.severityHistory[0]?.from ?? incident.severity;
  const highest = [initial, ...incident.severityHistory.map((s) => s.to)].reduce((a, b) => (severityRank(b) < severityRank(a) ? b : a));
  return { initial, highest };
}
