/** Which runbooks exist and which become the incident's checklist. */
import { z } from 'zod';
import { SEVERITIES } from '../../domain/severity.js';

const EXPECTED_NAME = 'expected a runbook name: a file in the runbooks directory, e.g. "incident-checklist.md"';
const notAbove = (name: string) => !name.split(/[\\/]/).includes('..');
const INSIDE_DIR = 'runbook names are paths inside the runbooks directory; ".." is not allowed';

/** A runbook named in the config; anything but text gets a message saying what is expected (not zod's "Invalid input"). */
const runbookText = z.string({ error: (issue) => `${EXPECTED_NAME}, not ${describeValue(issue.input)}` });
const runbookName = runbookText.min(1, 'name a runbook file, e.g. "incident-checklist.md"').refine(notAbove, INSIDE_DIR);

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

export const runbooksSchema = z
  .strictObject({
    /**
     * Directory of your team's markdown runbooks, relative to the config file.
     * Unset: `runbooks/` beside the config file, when it exists.
     */
    dir: z.string().min(1).optional(),
    /** Also offer the runbooks shipped with Warroom; a file of yours with the same name wins. */
    shipped: z.boolean().default(true),
    /** The runbook every incident starts with as its checklist; "" for none. */
    checklist: runbookText.refine(notAbove, INSIDE_DIR).default('incident-checklist.md'),
    /** Extra runbooks put on the checklist automatically per severity. */
    bySeverity: z.partialRecord(z.enum(SEVERITIES), z.array(runbookName)).default({}),
  })
  .default({ shipped: true, checklist: 'incident-checklist.md', bySeverity: {} });
