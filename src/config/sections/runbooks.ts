/** Which runbooks exist and which become the incident's checklist. */
import { z } from 'zod';
import { SEVERITIES } from '../../domain/severity.js';

export const runbooksSchema = z
  .strictObject({
    /** Directory of markdown runbooks. */
    dir: z.string().default('runbooks'),
    /** The runbook every incident starts with as its checklist. */
    checklist: z.string().default('incident-checklist.md'),
    /** Extra runbooks attached automatically per severity. */
    bySeverity: z.partialRecord(z.enum(SEVERITIES), z.array(z.string())).default({}),
  })
  .default({ dir: 'runbooks', checklist: 'incident-checklist.md', bySeverity: {} });
