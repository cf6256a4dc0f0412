/** Postmortem, export and process-metric settings. */
import { z } from 'zod';
import { SEVERITIES } from '../../domain/severity.js';
import { DEFAULT_TARGETS } from '../../domain/targets.js';

/** A regular expression source that compiles and never matches empty text (that would redact everything). */
const redactPattern = z.string().superRefine((source, ctx) => {
  let regex: RegExp;
  try {
    regex = new RegExp(source);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `"${source}" is not a valid regular expression: ${(error as Error).message}` });
    return;
  }
  if (regex.test('')) ctx.addIssue({ code: 'custom', message: `"${source}" matches empty text, so it would redact everywhere` });
});

const minutesBySeverity = z.partialRecord(z.enum(SEVERITIES), z.number().positive());
const percent = z.number().min(0).max(100);

/** Targets for `warroom stats`; the defaults are DOMAIN.md's figures. */
const targetsSchema = z
  .strictObject({
    mttaMinutes: minutesBySeverity.default(DEFAULT_TARGETS.mttaMinutes),
    mttrMinutes: minutesBySeverity.default(DEFAULT_TARGETS.mttrMinutes),
    postmortemSeverities: z.array(z.enum(SEVERITIES)).default(DEFAULT_TARGETS.postmortemSeverities),
    postmortemWithinHours: z.number().positive().default(DEFAULT_TARGETS.postmortemWithinHours),
    postmortemPercent: percent.default(DEFAULT_TARGETS.postmortemPercent),
    followupWithinDays: z.number().positive().default(DEFAULT_TARGETS.followupWithinDays),
    followupPercent: percent.default(DEFAULT_TARGETS.followupPercent),
    repeatWindowDays: z.number().positive().default(DEFAULT_TARGETS.repeatWindowDays),
    repeatPercentBelow: percent.default(DEFAULT_TARGETS.repeatPercentBelow),
  })
  .prefault({});

export const exportSchema = z
  .strictObject({
    /** Where postmortem drafts and JSON exports go, relative to the config file. */
    postmortemDir: z.string().min(1).default('ops/postmortems'),
    /** Extra regular expressions whose matches are redacted from every export. */
    redact: z.array(redactPattern).default([]),
    targets: targetsSchema,
  })
  .prefault({});
