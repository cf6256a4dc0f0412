/** Drafts of status updates: filled from templates, kept in the store until delivered. */
import type { LoadedConfig } from '../config/load-config.js';
import { fillUpdateTemplate } from '../domain/comms/template-fields.js';
import { prefillDraft, updateDraftKey, type DraftPrefill } from '../domain/comms/update-draft.js';
import type { UpdateAudience, UpdateKind } from '../domain/events.js';
import type { IncidentState } from '../domain/incident-state.js';
import type { EventStore } from '../store/event-store.js';
import { loadUpdateTemplate } from './template-files.js';

/** The template for kind and audience, filled from the incident as it stands at `now`. */
export async function draftFromTemplate(
  loaded: LoadedConfig,
  incident: IncidentState,
  kind: UpdateKind,
  audience: UpdateAudience,
  now: Date,
): Promise<{ text: string; templatePath: string }> {
  const template = await loadUpdateTemplate(loaded, kind, audience);
  const text = fillUpdateTemplate(template.text, template.path, {
    incident,
    kind,
    audience,
    policy: loaded.policies[incident.severity],
    service: loaded.config.service,
    affectedFeature: loaded.config.comms.affectedFeature,
    now,
  });
  return { text, templatePath: template.path };
}

/** The kept draft for an incident, kind and audience, if any. */
export async function savedDraft(
  store: EventStore,
  incidentId: string,
  kind: UpdateKind,
  audience: UpdateAudience,
): Promise<{ text: string; savedAt: string } | undefined> {
  const data = await store.read();
  return data.drafts[updateDraftKey(incidentId, kind, audience)];
}

/** What the composer opens with: the kept draft when there is one, else the filled template. */
export async function composerPrefill(
  loaded: LoadedConfig,
  store: EventStore,
  incident: IncidentState,
  kind: UpdateKind,
  audience: UpdateAudience,
  now: Date,
): Promise<DraftPrefill> {
  const saved = await savedDraft(store, incident.id, kind, audience);
  // Fill the template only when there is no kept draft: reading template files is the slow part.
  const templated = saved?.text.trim() ? '' : (await draftFromTemplate(loaded, incident, kind, audience, now)).text;
  return prefillDraft(saved, templated);
}

/** Keeps (or with null, discards) the draft for an incident, kind and audience. */
export function keepDraft(store: EventStore, incidentId: string, kind: UpdateKind, audience: UpdateAudience, text: string | null): Promise<void> {
  return store.saveDraft(updateDraftKey(incidentId, kind, audience), text);
}
