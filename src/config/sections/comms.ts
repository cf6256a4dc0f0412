/** Status update templates and where updates are posted. */
import { z } from 'zod';
import { argvSchema, durationSchema } from './common.js';

const targetBase = { name: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'use letters, digits, dot, dash or underscore') };

export const targetSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...targetBase, type: z.literal('file'), path: z.string() }),
  z.strictObject({ ...targetBase, type: z.literal('clipboard') }),
  z.strictObject({ ...targetBase, type: z.literal('slack'), url: z.string().url(), timeout: durationSchema.default(5_000) }),
  z.strictObject({
    ...targetBase,
    type: z.literal('webhook'),
    url: z.string().url(),
    headers: z.record(z.string(), z.string()).default({}),
    timeout: durationSchema.default(5_000),
  }),
  z.strictObject({ ...targetBase, type: z.literal('command'), command: argvSchema, timeout: durationSchema.default(10_000) }),
]);

export type TargetDefinition = z.infer<typeof targetSchema>;

export const commsSchema = z
  .strictObject({
    /** Directory whose template files override the built-in ones. */
    templatesDir: z.string().optional(),
    /** What the incident affects, used in templates when the incident has no impact text. */
    affectedFeature: z.string().optional(),
    targets: z.array(targetSchema).default([]),
  })
  .default({ targets: [] });
