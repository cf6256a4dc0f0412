/** The runbook picker's entries: every runbook in the library, whether it is a checklist, and whether it is on this incident's checklist. Pure. */
import type { ChecklistEntry, ChecklistSource } from '../../domain/checklist/checklist-sources.js';
import type { RowSegment } from '../panes/pane-row.js';

/** A runbook as `warroom runbooks` lists it (the library's RunbookInfo). */
export interface RunbookListing {
  name: string;
  title: string;
  items: number;
  error: string | undefined;
}

export interface RunbookChoice extends RunbookListing {
  /** Why it is on the incident's checklist already, if it is. */
  on: ChecklistSource | undefined;
}

const ON_NOTES: Record<ChecklistSource, string> = {
  default: 'the default checklist',
  severity: 'on the checklist for this severity',
  attached: 'attached',
  ticked: 'on the checklist (ticked earlier)',
};

/** Every listed runbook with its place on the checklist, in the library's order. */
export function runbookChoices(listing: readonly RunbookListing[], entries: readonly ChecklistEntry[]): RunbookChoice[] {
  return listing.map((info) => ({ ...info, on: entries.find((e) => e.runbook === info.name)?.source }));
}

/** Whether the runbook has items to tick (else it is a document to read). */
export function isChecklist(choice: RunbookListing): boolean {
  return choice.error === undefined && choice.items > 0;
}

/** One picker line: name, title, what it is and whether it is on the checklist. */
export function runbookChoiceSegments(choice: RunbookChoice): RowSegment[] {
  if (choice.error !== undefined) return [{ text: `${choice.name} `, tone: 'normal' }, { text: `✗ ${choice.error}`, tone: 'critical' }];
  const kind = isChecklist(choice) ? `${choice.items} item${choice.items === 1 ? '' : 's'}` : 'document';
  return [
    { text: choice.on ? '✓ ' : '  ', tone: 'ok' },
    { text: choice.title, tone: 'normal' },
    { text: ` · ${kind}`, tone: isChecklist(choice) ? 'accent' : 'muted' },
    { text: choice.on ? ` · ${ON_NOTES[choice.on]}` : '', tone: 'ok' },
    { text: ` · ${choice.name}`, tone: 'muted' },
  ];
}
