/** Mitigation actions decided before the incident. */
import { z } from 'zod';
import { argvSchema, childEnvSchema, durationSchema } from './common.js';

export const ACTION_KINDS = ['rollback', 'maintenance-on', 'maintenance-off', 'feature-flag', 'scale', 'restart', 'failover', 'custom'] as const;

export const actionSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'use letters, digits, dot, dash or underscore'),
  kind: z.enum(ACTION_KINDS),
  command: argvSchema,
  dryRun: argvSchema.optional(),
  description: z.string().default(''),
  risk: z.string().optional(),
  typicalTimeToRestore: z.string().optional(),
  verify: z.array(z.string()).default([]),
  confirm: z.enum(['none', 'confirm', 'type-name']).default('confirm'),
  timeout: durationSchema.default(300_000),
  env: childEnvSchema.default({}),
  passEnv: z.array(z.string()).default([]),
});

export type ActionDefinition = z.infer<typeof actionSchema>;

export const actionsSchema = z.array(actionSchema).default([]);
