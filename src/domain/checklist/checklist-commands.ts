/** Pure decisions for the checklist: ticking, unticking and attaching runbooks. */
import { DomainError } from '../domain-error.js';
import { newEvent, type NewEvent } from '../events.js';
import type { IncidentState } from '../incident-state.js';
import { canonicalRunbookName, checklistEntries, tickKey, type ChecklistConfig } from './checklist-sources.js';
import { shortHash } from './find-item.js';

/** The item being toggled, as found in the runbook file read for this decision. */
export interface ToggleTarget {
  runbook: string;
  itemId: string;
  text: string;
  /** The hash of the file content the responder was looking at. */
  contentHash: string;
}

/**
 * Ticks (or unticks) an item. Decided against the freshest log, so when two responders tick
 * the same item at once the second is told who was first instead of recording a no-op.
 */
export function toggleChecklistItem(incident: IncidentState, target: ToggleTarget, checked: boolean): NewEvent[] {
  const current = incident.checklist[tickKey(target.runbook, target.itemId)];
  if ((current?.checked ?? false) === checked) {
    const state = checked ? 'already ticked' : 'not ticked';
    const by = current ? ` (${checked ? 'ticked' : 'unticked'} by ${current.by} at ${current.at})` : '';
    throw new DomainError(`"${target.text}" is ${state}${by}`);
  }
  return [
    newEvent(incident.id, 'checklist.toggled', {
      runbook: target.runbook,
      itemId: target.itemId,
      text: target.text,
      checked,
      contentHash: target.contentHash,
    }),
  ];
}

/** Attaches a runbook to the incident's checklist, recording which version of the file it was. */
export function attachRunbook(incident: IncidentState, config: ChecklistConfig, name: string, contentHash: string): NewEvent[] {
  const runbook = canonicalRunbookName(name);
  const entry = checklistEntries(config, incident).find((e) => e.runbook === runbook);
  if (entry?.source === 'default') throw new DomainError(`${runbook} is already the default checklist`);
  if (entry?.source === 'severity') throw new DomainError(`${runbook} is already on the checklist for ${incident.severity}`);
  const attached = incident.attachedRunbooks.find((r) => r.runbook === runbook);
  if (attached?.contentHash === contentHash) {
    throw new DomainError(`${runbook} is already attached to ${incident.id} (version ${shortHash(contentHash)})`);
  }
  return [newEvent(incident.id, 'runbook.attached', { runbook, contentHash })];
}
