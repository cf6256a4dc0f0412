/** A runbook as the checklist sees it: sections of task items, parsed from markdown. */

/** A link inside an item, kept as written so the console can show and open it. */
export interface RunbookLink {
  text: string;
  url: string;
}

/** A code block under an item: a command to suggest to the responder, never run by itself. */
export interface SuggestedCommand {
  lang: string | undefined;
  code: string;
}

/** One task item (`- [ ] ...`). */
export interface ChecklistItem {
  /** `section-slug/item-slug`, unique within the runbook; what `warroom tick` takes. */
  id: string;
  /** The item's first paragraph as plain text (the `check:NAME` marker removed). */
  text: string;
  sectionId: string;
  /** 0 for a top-level item, 1 for an item nested under it, and so on. */
  depth: number;
  parentId: string | undefined;
  /** 1-based line in the file, for messages. */
  line: number;
  /** The diagnostic check the item names with `check:NAME`, if any. */
  check: string | undefined;
  commands: SuggestedCommand[];
  links: RunbookLink[];
  /** Further paragraphs and plain sub-bullets under the item, as plain text. */
  notes: string[];
  children: ChecklistItem[];
}

/** A heading and the task items under it (up to the next heading). */
export interface RunbookSection {
  id: string;
  title: string;
  /** Heading level 1-6; 0 for items that come before any heading. */
  level: number;
  line: number;
  /** Top-level items; nested ones hang off `children`. */
  items: ChecklistItem[];
}

/** Something in the file the checklist cannot use as written; the file still loads. */
export interface RunbookWarning {
  line: number;
  message: string;
}

export interface Runbook {
  /** The first heading's text, if the file has a heading. */
  title: string | undefined;
  sections: RunbookSection[];
  /** Every item at every depth, in document order. */
  items: ChecklistItem[];
  warnings: RunbookWarning[];
}

/** Whether a runbook is a checklist (has task items) or a document to read. */
export function hasTaskItems(runbook: Pick<Runbook, 'items'>): boolean {
  return runbook.items.length > 0;
}
