/** Diagnostic check definitions (Nagios plugin convention). */
import { z } from 'zod';
import { argvSchema, childEnvSchema, durationSchema } from './common.js';

export const checkSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'use letters, digits, dot, dash or underscore'),
  /** argv; a relative program path (checks/check_http_health) resolves against the config file's directory, then the install directory. */
  command: argvSchema,
  timeout: durationSchema.default(10_000),
  /** One printable key that runs this check from the console. */
  key: z.string().length(1).optional(),
  group: z.string().default('general'),
  description: z.string().optional(),
  /** Fixed environment variables for this check. */
  env: childEnvSchema.default({}),
  /** Names of the console's own environment variables this check may see (e.g. PGPASSWORD). */
  passEnv: z.array(z.string()).default([]),
  /** Thresholds appended as `-w VALUE` / `-c VALUE`, the Nagios plugin convention. */
  warning: z.union([z.string(), z.number()]).transform(String).optional(),
  critical: z.union([z.string(), z.number()]).transform(String).optional(),
});

export type CheckDefinition = z.infer<typeof checkSchema>;

export const checksSchema = z
  .array(checkSchema)
  .default([])
  .superRefine((checks, ctx) => {
    // Names select checks on the command line and keys run them in the console: both must be unambiguous.
    const seen = new Map<string, number>();
    const keys = new Map<string, string>();
    checks.forEach((check, index) => {
      const first = seen.get(check.name);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `duplicate check name "${check.name}" (also checks[${first}])` });
      } else seen.set(check.name, index);
      if (check.key === undefined) return;
      const owner = keys.get(check.key);
      if (owner !== undefined) {
        ctx.addIssue({ code: 'custom', path: [index, 'key'], message: `key "${check.key}" is already used by check "${owner}"` });
      } else keys.set(check.key, check.name);
    });
  });
