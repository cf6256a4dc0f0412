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
  /**
   * How many checks run at once. Checks mostly wait (on a socket, a database, a sleep), so a pool
   * the size of a usual config (20) finishes them in one round even on 2 cores: the CPU they use
   * is the same at any pool size; only the peak memory grows (a Node check is about 45 MB).
   */
  checkConcurrency: z.number().int().min(1).max(64).default(20),
  checks: checksSchema,
  changes: changesSchema,
  runbooks: runbooksSchema,
  actions: actionsSchema,
  comms: commsSchema,
  export: exportSchema,
}).superRefine(requireVerifyChecks);

export type WarroomConfig = z.infer<typeof configSchema>;
