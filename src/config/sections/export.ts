/** Postmortem and export settings. */
import { z } from 'zod';

export const exportSchema = z
  .strictObject({
    postmortemDir: z.string().default('ops/postmortems'),
    /** Extra regular expressions whose matches are redacted from every export. */
    redact: z
      .array(
        z.string().refine((p) => {
          try {
            new RegExp(p);
            return true;
          } catch {
            return false;
          }
        }, 'not a valid regular expression'),
      )
      .default([]),
  })
  .default({ postmortemDir: 'ops/postmortems', redact: [] });
