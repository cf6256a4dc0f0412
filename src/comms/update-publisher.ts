/**
 * Posts one update to its targets and records what happened. The text is saved as a draft
 * before anything is sent and discarded only when every target accepted it, so a crash, a
 * refused webhook or a dead terminal never loses what was written. A post of template text
 * leaves a different typed draft in place instead.
 */
import { recordPostedUpdate } from '../domain/comms/update-decisions.js';
import { wouldDisplaceDraft } from '../domain/comms/update-draft.js';
import type { IncidentEvent, UpdateAudience, UpdateKind, UpdateTargetResult } from '../domain/events.js';
import type { IncidentService } from '../incidents/incident-service.js';
import type { UpdateTarget } from './targets/target.js';
import { keepDraft, savedDraft } from './update-drafts.js';

export interface PublishRequest {
  /** The incident, already chosen by the caller (resolution notices go to resolved incidents). */
  incidentId: string;
  kind: UpdateKind;
  audience: UpdateAudience;
  text: string;
  /** Empty: the update was sent by hand and is only recorded. */
  targets: UpdateTarget[];
  overriddenWarnings?: string[];
  /** The text is a template's, not typed: a different draft kept for this kind and audience stays as it is. */
  fromTemplate?: boolean;
}

export interface PublishOutcome {
  event: IncidentEvent<'update.posted'>;
  results: UpdateTargetResult[];
  /** Every target accepted it (or it was recorded without targets). */
  allDelivered: boolean;
  /** The text stays in the store as a draft for a retry. */
  draftKept: boolean;
  /** When a different draft (typed earlier) was kept, untouched: when it was saved. */
  otherDraftKeptAt?: string;
}

/** Posts to all targets at once (one slow webhook must not hold up the status log), then records the results. */
export async function publishUpdate(incidents: IncidentService, request: PublishRequest): Promise<PublishOutcome> {
  const incident = await incidents.current(request.incidentId);
  const text = request.text.trim();
  const kept = await savedDraft(incidents.store, incident.id, request.kind, request.audience);
  // The draft slot holds what someone typed; a post from the template leaves a different one there.
  const other = wouldDisplaceDraft(kept, text, request.fromTemplate !== true) ? kept : undefined;
  if (!other) await keepDraft(incidents.store, incident.id, request.kind, request.audience, text);
  const message = {
    incidentId: incident.id,
    title: incident.title,
    severity: incident.severity,
    status: incident.status,
    service: incidents.loaded.config.service,
    kind: request.kind,
    audience: request.audience,
    text,
    postedAt: incidents.now().toISOString(),
    actor: incidents.store.actor,
  };
  const results = await Promise.all(request.targets.map((target) => target.post(message)));
  const [event] = await incidents.record(incident.id, (current) =>
    recordPostedUpdate(current, {
      kind: request.kind,
      audience: request.audience,
      text,
      results,
      ...(request.overriddenWarnings ? { overriddenWarnings: request.overriddenWarnings } : {}),
    }),
  );
  const allDelivered = results.every((r) => r.ok);
  if (allDelivered && !other) await keepDraft(incidents.store, incident.id, request.kind, request.audience, null);
  return {
    event: event as IncidentEvent<'update.posted'>,
    results,
    allDelivered,
    draftKept: !allDelivered && !other,
    ...(other ? { otherDraftKeptAt: other.savedAt } : {}),
  };
}
