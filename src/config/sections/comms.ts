/** Status update templates and where updates are posted. */
import { z } from 'zod';
import { argvSchema, childEnvSchema, durationSchema } from './common.js';

const targetBase = { name: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'use letters, digits, dot, dash or underscore') };

/** A webhook URL, written in the config or (better for secrets) named by an environment variable. */
const urlFields = {
  url: z.string().url().optional(),
  /** Name of an environment variable holding the URL, so the secret stays out of the config file. */
  urlEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an environment variable name').optional(),
  timeout: durationSchema.default(5_000),
};

const oneUrl = (t: { url?: string | undefined; urlEnv?: string | undefined }) => (t.url === undefined) !== (t.urlEnv === undefined);
const oneUrlMessage = { message: 'give exactly one of url or urlEnv' };

export const targetSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...targetBase, type: z.literal('file'), path: z.string().min(1) }),
  z.strictObject({
    ...targetBase,
    type: z.literal('clipboard'),
    /** tmux needs the sequence wrapped to reach the outer terminal; auto wraps when $TMUX is set. */
    passthrough: z.enum(['auto', 'tmux', 'none']).default('auto'),
    /** Terminals drop longer OSC 52 sequences silently; refuse instead, so the failure is visible. */
    maxBytes: z.number().int().positive().default(100_000),
  }),
  z.strictObject({ ...targetBase, type: z.literal('slack'), ...urlFields }).refine(oneUrl, oneUrlMessage),
  z
    .strictObject({ ...targetBase, type: z.literal('webhook'), ...urlFields, headers: z.record(z.string(), z.string()).default({}) })
    .refine(oneUrl, oneUrlMessage),
  z.strictObject({
    ...targetBase,
    type: z.literal('command'),
    command: argvSchema,
    timeout: durationSchema.default(10_000),
    env: childEnvSchema.default({}),
    /** Names of the console's own environment variables the command may see (e.g. a token). */
    passEnv: z.array(z.string()).default([]),
  }),
]);

export type TargetDefinition = z.infer<typeof targetSchema>;

const targetNames = z.array(z.string()).default([]);

export const commsSchema = z
  .strictObject({
    /** Directory whose template files override the built-in ones. */
    templatesDir: z.string().optional(),
    /** What the incident affects, used in templates when the incident has no impact text. */
    affectedFeature: z.string().optional(),
    targets: z.array(targetSchema).default([]),
    /** Targets `--post` (with no names) and the console post to, per audience. */
    defaultTargets: z.strictObject({ customer: targetNames, internal: targetNames }).default({ customer: [], internal: [] }),
    /** Hours from detection to notify the data-protection authority of a possible breach (GDPR Art. 33). */
    breachNotifyHours: z.number().positive().default(72),
  })
  .superRefine((comms, ctx) => {
    const names = comms.targets.map((t) => t.name);
    names.forEach((name, index) => {
      if (names.indexOf(name) !== index) ctx.addIssue({ code: 'custom', path: ['targets', index, 'name'], message: `duplicate target name "${name}"` });
    });
    for (const audience of ['customer', 'internal'] as const) {
      comms.defaultTargets[audience].forEach((name, index) => {
        if (!names.includes(name)) {
          const known = names.length > 0 ? names.join(', ') : 'none are configured';
          ctx.addIssue({ code: 'custom', path: ['defaultTargets', audience, index], message: `no target named "${name}" (targets: ${known})` });
        }
      });
    }
  })
  .default({ targets: [], defaultTargets: { customer: [], internal: [] }, breachNotifyHours: 72 });
