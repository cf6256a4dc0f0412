/** Mitigation actions decided before the incident. */
import { z } from 'zod';
import { ACTION_KIND_NAMES, parseRestoreTime, parseRisk } from '../../domain/actions/action-defaults.js';
import { CONFIRM_POLICIES } from '../../domain/actions/action-options.js';
import { PLACEHOLDERS, unknownPlaceholders } from '../../domain/actions/placeholders.js';
import { argvSchema, childEnvSchema, durationSchema } from './common.js';

export const ACTION_KINDS = ACTION_KIND_NAMES;

/** Checks a text with a domain parser, turning its error into a config issue on this field. */
function parsedBy(parse: (text: string) => unknown) {
  return z.string().superRefine((text, ctx) => {
    try {
      parse(text);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
  });
}

/** An argv whose `{placeholders}` are all known. */
const templateSchema = argvSchema.superRefine((argv, ctx) => {
  const unknown = unknownPlaceholders(argv);
  if (unknown.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `unknown placeholder ${unknown.map((n) => `{${n}}`).join(', ')}; known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
    });
  }
});

export const actionSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'use letters, digits, dot, dash or underscore'),
  kind: z.enum(ACTION_KIND_NAMES),
  /** argv, never a shell line; placeholders fill whole elements. A relative program path resolves like a check's. */
  command: templateSchema,
  /** What to run first to show what the action would do; it must change nothing. */
  dryRun: templateSchema.optional(),
  description: z.string().default(''),
  /** "low", or "low: why"; defaults to the kind's risk. */
  risk: parsedBy(parseRisk).optional(),
  /** "2-5 min", "~30 s"; defaults to the kind's typical time. */
  typicalTimeToRestore: parsedBy(parseRestoreTime).optional(),
  /** Check names re-run after the action; all OK means it worked. */
  verify: z.array(z.string()).default([]),
  confirm: z.enum(CONFIRM_POLICIES).default('confirm'),
  timeout: durationSchema.default(300_000),
  env: childEnvSchema.default({}),
  passEnv: z.array(z.string()).default([]),
});

export type ActionDefinition = z.infer<typeof actionSchema>;

export const actionsSchema = z
  .array(actionSchema)
  .default([])
  .superRefine((actions, ctx) => {
    const seen = new Map<string, number>();
    actions.forEach((action, index) => {
      const first = seen.get(action.name);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `duplicate action name "${action.name}" (also actions[${first}])` });
      else seen.set(action.name, index);
    });
  });

/** Cross-section rule: every check an action verifies with must be configured, or "verified" would mean nothing ran. */
export function requireVerifyChecks(config: { actions: ActionDefinition[]; checks: { name: string }[] }, ctx: z.RefinementCtx): void {
  const known = config.checks.map((c) => c.name);
  config.actions.forEach((action, index) =>
    action.verify.forEach((name, position) => {
      if (known.includes(name)) return;
      const listed = known.length > 0 ? `configured checks: ${known.join(', ')}` : 'no checks are configured';
      ctx.addIssue({ code: 'custom', path: ['actions', index, 'verify', position], message: `no check named "${name}" (${listed})` });
    }),
  );
}
