/**
 * Rings the terminal bell once per overdue deadline of the incident on screen (update cadence,
 * regulator notification). What has rung is remembered here, per incident, for the life of this
 * console: a re-render, a reload or a write by another console never rings the same deadline again.
 */
import type { LoadedConfig } from '../../config/load-config.js';
import { decideBell, headerCountdowns } from '../../domain/comms/cadence-alerts.js';
import type { IncidentState } from '../../domain/incident-state.js';
import type { ConsoleStore } from '../state/console-store.js';
import { selectIncident } from '../state/selectors.js';

export interface DeadlineBell {
  stop(): void;
}

/** Watches the clock and the open incident; calls `ring` when a deadline has just become overdue. */
export function startDeadlineBell(options: { store: ConsoleStore; loaded: LoadedConfig; ring: () => void }): DeadlineBell {
  const { store, loaded, ring } = options;
  const rung = new Map<string, string[]>();
  let seenNow: number | undefined;
  let seenIncident: IncidentState | undefined;
  const check = () => {
    const state = store.getState();
    const incident = selectIncident(state);
    if (!incident || (state.now === seenNow && incident === seenIncident)) return;
    seenNow = state.now;
    seenIncident = incident;
    const { watched } = headerCountdowns(incident, loaded.policies[incident.severity], new Date(state.now), loaded.config.comms.breachNotifyHours);
    const decision = decideBell(watched, rung.get(incident.id) ?? []);
    rung.set(incident.id, decision.rung);
    if (!decision.ring) return;
    ring();
    const what = decision.newlyOverdue.map((d) => d.label).join(', ');
    const hint = decision.newlyOverdue.some((d) => d.audience) ? ' (c writes an update)' : '';
    store.dispatch({ type: 'flash/show', text: `Overdue: ${what}${hint}`, tone: 'error' });
  };
  const unsubscribe = store.subscribe(check);
  check();
  return { stop: unsubscribe };
}
