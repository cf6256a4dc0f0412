/** Deploy freeze settings. */
import { z } from 'zod';

export const freezeSchema = z
  .strictObject({
    /** A file that exists while deploys are frozen, for deploy scripts that cannot call warroom. */
    file: z.string().optional(),
    /** Lift the freeze when the incident is resolved. */
    liftOnResolve: z.boolean().default(true),
  })
  .default({ liftOnResolve: true });
