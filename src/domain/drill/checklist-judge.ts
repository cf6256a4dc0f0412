/**
 * Which checklist items a drill judges: the top-level items of the first three sections of every
 * runbook on the incident's checklist. In the shipped runbooks those are the steps up to service
 * restored (the incident checklist's acknowledge, triage and stabilise; a service runbook's
 * confirm, find the cause or decide, mitigate or roll back); what comes after (investigate,
 * communicate, resolve, postmortem, verify) belongs to the rest of the incident, not the drill.
 */
import type { ChecklistView } from '../checklist/checklist-view.js';

/** Sections judged per runbook. */
export const JUDGED_SECTIONS = 3;
/** Share of the judged items that must be ticked for the checklist to count as followed. */
export const FOLLOWED_SHARE = 0.5;

export interface JudgedChecklist {
  /** Ticked and total judged items. */
  ticked: number;
  total: number;
  /** "Incident checklist: 1. Acknowledge, 2. Triage, 3. Stabilise" per runbook. */
  sections: string[];
  /** The whole checklist, for the record. */
  allTicked: number;
  allTotal: number;
}

/** The judged part of an incident's checklist view. */
export function judgeChecklist(view: Pick<ChecklistView, 'runbooks' | 'done' | 'total'>): JudgedChecklist {
  let ticked = 0;
  let total = 0;
  const sections: string[] = [];
  for (const runbook of view.runbooks) {
    const judged = runbook.sections.slice(0, JUDGED_SECTIONS);
    if (judged.length === 0) continue;
    for (const section of judged) {
      total += section.items.length;
      ticked += section.items.filter((item) => item.checked).length;
    }
    sections.push(`${runbook.title}: ${judged.map((s) => s.title).join(', ')}`);
  }
  return { ticked, total, sections, allTicked: view.done, allTotal: view.total };
}

/** Whether the judged items count as followed; null when there is nothing to judge. */
export function checklistFollowed(judged: Pick<JudgedChecklist, 'ticked' | 'total'>): boolean | null {
  return judged.total > 0 ? judged.ticked / judged.total >= FOLLOWED_SHARE : null;
}
