/** Change sources: git repositories, deploy history, config/flag change logs. */
import { z } from 'zod';
import { argvSchema, childEnvSchema, durationSchema } from './common.js';

/** Labels appear in change ids (`git:<label>:<hash>`), so they stay short and colon-free. */
const labelSchema = z.string().regex(/^[A-Za-z0-9_.-]+$/, 'use letters, digits, dot, dash or underscore');

export const gitSourceSchema = z.strictObject({
  /** The repository (a working tree or a bare repository), relative to the config file. */
  path: z.string().min(1),
  /** Branch, tag or commit to read from; HEAD when absent. */
  ref: z.string().min(1).optional(),
  /** Defaults to the directory's name. */
  label: labelSchema.optional(),
  timeout: durationSchema.default(10_000),
  /** Commits read at most before detection, and again after it (the newest); a wider window on a busy repository stops here. */
  maxCommits: z.number().int().min(1).max(100_000).default(1_000),
});

export const deploySourceSchema = z
  .strictObject({
    /** Defaults to the file's name without extension, or "deploys". */
    label: labelSchema.optional(),
    /** JSON Lines file, one deploy per line. */
    file: z.string().optional(),
    /** A command whose stdout is such lines (argv, no shell). */
    command: argvSchema.optional(),
    timeout: durationSchema.default(10_000),
    /** Fixed environment variables for the command. */
    env: childEnvSchema.default({}),
    /** Names of the console's own environment variables the command may see (e.g. KUBECONFIG). */
    passEnv: z.array(z.string()).default([]),
  })
  .refine((s) => s.file !== undefined || s.command !== undefined, { message: 'give a "file" or a "command"' });

export const changeLogSourceSchema = z.strictObject({
  /** Defaults to the file's name without extension. */
  label: labelSchema.optional(),
  file: z.string(),
});

export type GitSourceConfig = z.infer<typeof gitSourceSchema>;
export type DeploySourceConfig = z.infer<typeof deploySourceSchema>;
export type ChangeLogSourceConfig = z.infer<typeof changeLogSourceSchema>;

const DEFAULTS = { window: 2 * 3_600_000, highlight: 3_600_000, git: [], deploys: [], changeLogs: [] };

export const changesSchema = z
  .strictObject({
    /** How far before detection to look. */
    window: durationSchema.default(DEFAULTS.window),
    /** Changes this close before detection are highlighted. */
    highlight: durationSchema.default(DEFAULTS.highlight),
    git: z.array(gitSourceSchema).default([]),
    deploys: z.array(deploySourceSchema).default([]),
    changeLogs: z.array(changeLogSourceSchema).default([]),
  })
  .default(DEFAULTS);

export type ChangesConfig = z.infer<typeof changesSchema>;
