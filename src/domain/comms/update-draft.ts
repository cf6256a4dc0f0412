/** Drafts of status updates: where they are kept and what the composer starts from. */
import type { UpdateAudience, UpdateKind } from '../events.js';
import type { IncidentState } from '../incident-state.js';
import { lastDelivered } from './delivered-updates.js';

/** The store key of the draft for one incident, kind and audience. */
export function updateDraftKey(incidentId: string, kind: UpdateKind, audience: UpdateAudience): string {
  return `update:${incidentId}:${kind}:${audience}`;
}

/** The parts of an update draft key; undefined for keys that are not update drafts. */
export function parseUpdateDraftKey(key: string): { incidentId: string; kind: UpdateKind; audience: UpdateAudience } | undefined {
  const match = /^update:(.+):(initial|update|resolution):(customer|internal)$/.exec(key);
  if (!match) return undefined;
  return { incidentId: match[1]!, kind: match[2] as UpdateKind, audience: match[3] as UpdateAudience };
}

/** The kind the composer should offer first: resolution once resolved, initial before any delivered update. */
export function suggestUpdateKind(incident: Pick<IncidentState, 'status' | 'updates'>, audience: UpdateAudience): UpdateKind {
  if (incident.status === 'resolved') return 'resolution';
  return lastDelivered(incident, audience) ? 'update' : 'initial';
}

export interface DraftPrefill {
  text: string;
  /** Where the text came from: a kept draft wins over a fresh template so nothing typed is lost. */
  source: 'draft' | 'template';
  savedAt?: string;
}

/** Starts the composer from the saved draft when there is one, else from the filled template. */
export function prefillDraft(saved: { text: string; savedAt: string } | undefined, templated: string): DraftPrefill {
  if (saved && saved.text.trim() !== '') return { text: saved.text, source: 'draft', savedAt: saved.savedAt };
  return { text: templated, source: 'template' };
}

/**
 * Whether keeping `text` in the draft slot would throw away a different draft someone typed.
 * A template's text is never worth that (it can be filled again); typed text replaces the old draft.
 */
export function wouldDisplaceDraft(kept: { text: string } | undefined, text: string, typed: boolean): boolean {
  return !typed && kept !== undefined && kept.text.trim() !== '' && kept.text.trim() !== text.trim();
}
