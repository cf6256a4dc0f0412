/** Per-severity overrides of the default response policy. */
import { z } from 'zod';
import { SEVERITIES } from '../../domain/severity.js';

const minutes = z.number().nonnegative().nullable();

export const severityOverrideSchema = z.strictObject({
  label: z.string().optional(),
  meaning: z.string().optional(),
  mitigationStartMinutes: minutes.optional(),
  firstPublicUpdateMinutes: minutes.optional(),
  customerNoticeMinutes: minutes.optional(),
  internalUpdateEveryMinutes: minutes.optional(),
  publicUpdateEveryMinutes: minutes.optional(),
  leadershipNoticeMinutes: minutes.optional(),
  freezeDeploys: z.boolean().optional(),
});

export const severitiesSchema = z.partialRecord(z.enum(SEVERITIES), severityOverrideSchema).default({});
