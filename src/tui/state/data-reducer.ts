/** Pure reducer of the incident data: each reload is a fresh fold, merged so unchanged incidents keep their identity. */
import type { IncidentState } from '../../domain/incident-state.js';
import type { ConsoleAction, DataState } from './console-state.js';

function sameIncident(a: IncidentState, b: IncidentState): boolean {
  return a.id === b.id && a.events.length === b.events.length && a.events.at(-1)?.hash === b.events.at(-1)?.hash;
}

/**
 * Reuses the previous object for every incident whose events did not change, so selectors and
 * memoised components see stable references and only what changed re-renders.
 */
export function mergeIncidents(previous: readonly IncidentState[], next: IncidentState[]): IncidentState[] {
  const byId = new Map(previous.map((incident) => [incident.id, incident]));
  let changed = previous.length !== next.length;
  const merged = next.map((incident, index) => {
    const before = byId.get(incident.id);
    if (before && sameIncident(before, incident)) {
      if (previous[index] !== before) changed = true;
      return before;
    }
    changed = true;
    return incident;
  });
  return changed ? merged : (previous as IncidentState[]);
}

/** Reduces one action; returns the same object when nothing changed. */
export function reduceData(data: DataState, action: ConsoleAction): DataState {
  switch (action.type) {
    case 'data/loaded': {
      const incidents = mergeIncidents(data.incidents, action.incidents);
      if (incidents === data.incidents && data.phase === 'ready' && data.loadError === undefined) return data;
      return { phase: 'ready', incidents, loadError: undefined };
    }
    case 'data/failed':
      return data.loadError === action.error ? data : { ...data, loadError: action.error };
    default:
      return data;
  }
}
