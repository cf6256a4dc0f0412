/**
 * Repeat incidents: one that shares a tag or a root-cause label with an earlier incident
 * detected within the window before it. A root-cause label is the root-cause text compared
 * without case or extra spaces, so teams that reuse a short label ("db-pool-exhaustion") see repeats.
 */
import type { IncidentState } from './incident-state.js';

export interface Repeat {
  id: string;
  /** The earlier incident it repeats. */
  of: string;
  /** What they share: `tag checkout` or `root cause db-pool-exhaustion`. */
  sharedBy: string;
}

const label = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** The incidents of `candidates` that repeat an earlier one from `history` (which may reach further back). */
export function findRepeats(candidates: readonly IncidentState[], history: readonly IncidentState[], windowMs: number): Repeat[] {
  const repeats: Repeat[] = [];
  for (const incident of candidates) {
    const detected = Date.parse(incident.milestones.detected);
    const tags = new Set(incident.tags.map(label).filter(Boolean));
    const cause = label(incident.rootCause);
    const earlier = history
      .filter((h) => h.id !== incident.id)
      .filter((h) => {
        const at = Date.parse(h.milestones.detected);
        return at < detected && detected - at <= windowMs;
      })
      .sort((a, b) => Date.parse(b.milestones.detected) - Date.parse(a.milestones.detected));
    for (const previous of earlier) {
      const tag = previous.tags.map(label).find((t) => tags.has(t));
      const sameCause = cause !== '' && label(previous.rootCause) === cause;
      if (tag || sameCause) {
        repeats.push({ id: incident.id, of: previous.id, sharedBy: tag ? `tag ${tag}` : `root cause ${cause}` });
        break;
      }
    }
  }
  return repeats;
}
