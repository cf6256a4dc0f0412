/** The whole warroom.yaml schema, composed from one schema per section. */
import { z } from 'zod';
import { actionsSchema, requireVerifyChecks } from './sections/actions.js';
import { changesSchema } from './sections/changes.js';
import { checksSchema } from './sections/checks.js';
import { commsSchema } from './sections/comms.js';
import { exportSchema } from './sections/export.js';
import { freezeSchema } from './sections/freeze.js';
import { runbooksSchema } from './sections/runbooks.js';
import { severitiesSchema } from './sections/severities.js';

export const configSchema = z.strictObject({
  /** The service or product this war room is for; shown in the header and in updates. */
  service: z.string().default('production'),
  /** Event store location, relative to the config file. */
  store: z.string().optional(),
  severities: severitiesSchema,
  freeze: freezeSchema,
  /** How many checks run at once. */
  checkConcurrency: z.number().int().min(1).max(64).default(8),
  checks: checksSchema,
  changes: changesSchema,
  runbooks: runbooksSchema,
  actions: actionsSchema,
  comms: commsSchema,
  export: exportSchema,
}).superRefine(requireVerifyChecks);

export type WarroomConfig = z.infer<typeof configSchema>;
