/** Change sources: git repositories, deploy history, config/flag change logs. */
import { z } from 'zod';
import { argvSchema, durationSchema } from './common.js';

export const gitSourceSchema = z.strictObject({
  path: z.string(),
  ref: z.string().optional(),
  label: z.string().optional(),
});

export const deploySourceSchema = z
  .strictObject({
    label: z.string().optional(),
    /** JSON Lines file, one deploy per line. */
    file: z.string().optional(),
    /** A command whose stdout is such lines. */
    command: argvSchema.optional(),
    timeout: durationSchema.default(10_000),
  })
  .refine((s) => s.file !== undefined || s.command !== undefined, { message: 'give a "file" or a "command"' });

export const changeLogSourceSchema = z.strictObject({
  label: z.string().optional(),
  file: z.string(),
});

export const changesSchema = z
  .strictObject({
    /** How far before detection to look. */
    window: durationSchema.default(2 * 3_600_000),
    git: z.array(gitSourceSchema).default([]),
    deploys: z.array(deploySourceSchema).default([]),
    changeLogs: z.array(changeLogSourceSchema).default([]),
  })
  .default({ window: 2 * 3_600_000, git: [], deploys: [], changeLogs: [] });
