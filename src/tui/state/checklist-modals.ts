/** The Checklist pane's dialogs, as ui state: an item's details, the runbook picker and a runbook's read view. */
import type { RunbookListing } from '../presentation/runbook-choices.js';

/** An item's notes, commands and links (Enter on an item), scrolled by `offset`; the content is read live from the checklist. */
export type ChecklistItemModal = { kind: 'checklist-item'; key: string; offset: number };

/** Every runbook in the library; `listing` is undefined while the library is read. */
export type RunbookPickerModal = { kind: 'runbooks'; index: number; listing: RunbookListing[] | undefined; error?: string };

/** One runbook as written, scrolled by `offset`; `text` is undefined while the file is read. */
export type RunbookReaderModal = { kind: 'runbook-reader'; name: string; title: string; text: string | undefined; offset: number; error?: string };

export type ChecklistModal = ChecklistItemModal | RunbookPickerModal | RunbookReaderModal;
