/** Which runbooks exist and which become the incident's checklist. */
import { z } from 'zod';
import { SEVERITIES } from '../../domain/severity.js';

const runbookName = z
  .string()
  .min(1, 'name a runbook file, e.g. "incident-checklist.md"')
  .refine((name) => !name.split(/[\\/]/).includes('..'), 'runbook names are paths inside the runbooks directory; ".." is not allowed');

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
    checklist: z.union([z.literal(''), runbookName]).default('incident-checklist.md'),
    /** Extra runbooks put on the checklist automatically per severity. */
    bySeverity: z.partialRecord(z.enum(SEVERITIES), z.array(runbookName)).default({}),
  })
  .default({ shipped: true, checklist: 'incident-checklist.md', bySeverity: {} });
