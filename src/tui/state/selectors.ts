/** Selectors over the console state. Each returns a stored object or a memoised one, never a fresh copy. */
import type { IncidentState } from '../../domain/incident-state.js';
import { sortForListing } from '../../domain/incident-commands.js';
import type { ConsoleState, Modal } from './console-state.js';

/** The incident open in the console, if it exists in the store. */
export function selectIncident(state: ConsoleState): IncidentState | undefined {
  const id = state.ui.incidentId;
  return id === undefined ? undefined : state.data.incidents.find((incident) => incident.id === id);
}

const listings = new WeakMap<readonly IncidentState[], IncidentState[]>();

/** Start screen rows: open incidents first (newest first), then resolved ones. */
export function selectIncidentListing(state: ConsoleState): IncidentState[] {
  const incidents = state.data.incidents;
  let listing = listings.get(incidents);
  if (!listing) {
    listing = sortForListing(incidents);
    listings.set(incidents, listing);
  }
  return listing;
}

/** The modal on top of the stack, if any. */
export function selectTopModal(state: ConsoleState): Modal | undefined {
  return state.ui.modals.at(-1);
}
