/** Resolves what a responder typed (`warroom tick triage/what-changed`) to one checklist item. */
import { DomainError } from '../domain-error.js';
import { canonicalRunbookName } from './checklist-sources.js';
import { flattenItems, type ChecklistView, type ItemView } from './checklist-view.js';

const LISTED = 6;

function itemSlug(item: ItemView): string {
  return item.id.slice(item.id.indexOf('/') + 1);
}

/**
 * Finds the item a reference names. Accepted, most exact first: `RUNBOOK#ID`, the full id,
 * the item part of the id without its section, or a unique prefix of either.
 */
export function findItem(view: ChecklistView, reference: string): ItemView {
  const ref = reference.trim().toLowerCase();
  if (!ref) throw new DomainError('say which item: `warroom checklist` lists the ids', 'usage');
  const hash = ref.lastIndexOf('#');
  const runbook = hash >= 0 ? canonicalRunbookName(ref.slice(0, hash)) : undefined;
  const wanted = hash >= 0 ? ref.slice(hash + 1) : ref;
  const scope = view.runbooks.filter((r) => runbook === undefined || r.runbook.toLowerCase() === runbook);
  if (runbook !== undefined && scope.length === 0) {
    const names = view.runbooks.map((r) => r.runbook).join(', ') || 'none';
    throw new DomainError(`runbook "${runbook}" is not on ${view.incidentId}'s checklist (on it: ${names}); attach it with \`warroom attach\``, 'usage');
  }
  const items = scope.flatMap((r) => r.sections.flatMap((s) => flattenItems(s.items)));
  const tiers: ((item: ItemView) => boolean)[] = [
    (item) => item.id === wanted,
    (item) => itemSlug(item) === wanted,
    (item) => item.id.startsWith(wanted),
    (item) => itemSlug(item).startsWith(wanted),
  ];
  for (const matches of tiers) {
    const found = items.filter(matches);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) {
      const listed = found.slice(0, LISTED).map((item) => item.key).join(', ');
      const more = found.length > LISTED ? ` and ${found.length - LISTED} more` : '';
      throw new DomainError(`"${reference}" matches several items: ${listed}${more}; give more of the id`, 'usage');
    }
  }
  const removed = scope.flatMap((r) => r.removed).find((r) => r.id === wanted);
  if (removed) {
    throw new DomainError(
      `item ${removed.key} is no longer in the runbook file; its tick by ${removed.tick.by} stays on record against version ${shortHash(removed.tick.contentHash)}`,
    );
  }
  throw new DomainError(`no checklist item "${reference}" on ${view.incidentId}; \`warroom checklist\` lists the ids`, 'usage');
}

/** The first 12 hex digits of a content hash, enough to tell versions apart on screen. */
export function shortHash(contentHash: string): string {
  return contentHash.replace(/^sha256:/, '').slice(0, 12);
}
