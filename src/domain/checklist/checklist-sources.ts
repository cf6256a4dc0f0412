/** Which runbooks make up an incident's checklist, and how runbook names are written. */
import type { IncidentState } from '../incident-state.js';
import type { Severity } from '../severity.js';

/** Why a runbook is on the checklist: the default, the severity's list, attached by hand, or only ticked earlier. */
export type ChecklistSource = 'default' | 'severity' | 'attached' | 'ticked';

export interface ChecklistEntry {
  runbook: string;
  source: ChecklistSource;
}

export interface ChecklistConfig {
  /** The runbook every incident starts with; empty for none. */
  checklist: string;
  bySeverity: Partial<Record<Severity, string[]>>;
}

/** The canonical runbook name: a path under the runbooks directory, `/`-separated, without `.md`. */
export function canonicalRunbookName(name: string): string {
  return name.trim().replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\.(md|markdown)$/i, '');
}

/** The key the fold files a tick under. */
export function tickKey(runbook: string, itemId: string): string {
  return `${runbook}#${itemId}`;
}

/**
 * The runbooks on an incident's checklist, in display order: the default, the severity's,
 * the attached ones, then any runbook that only has recorded ticks (e.g. after a severity
 * change), so no recorded tick ever disappears from view.
 */
export function checklistEntries(
  config: ChecklistConfig,
  incident: Pick<IncidentState, 'severity' | 'attachedRunbooks' | 'checklist'>,
): ChecklistEntry[] {
  const entries: ChecklistEntry[] = [];
  const add = (name: string, source: ChecklistSource): void => {
    const runbook = canonicalRunbookName(name);
    if (runbook && !entries.some((e) => e.runbook === runbook)) entries.push({ runbook, source });
  };
  add(config.checklist, 'default');
  for (const name of config.bySeverity[incident.severity] ?? []) add(name, 'severity');
  for (const attached of incident.attachedRunbooks) add(attached.runbook, 'attached');
  for (const tick of Object.values(incident.checklist)) add(tick.runbook, 'ticked');
  return entries;
}
