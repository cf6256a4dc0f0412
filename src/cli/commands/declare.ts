/** `warroom declare`: opens a new incident and prints its id. */
import type { Command } from 'commander';
import { withContext } from '../run-command.js';
import { collect } from './edit.js';

interface DeclareOptions {
  title: string;
  severity: string;
  summary?: string;
  impact?: string;
  detectedAt?: string;
  breach?: boolean;
  tag: string[];
}

/** Registers `declare`. */
export function registerDeclare(program: Command): void {
  program
    .command('declare')
    .description('declare a new incident and print its id (e.g. INC-1)')
    .requiredOption('--title <text>', 'what is broken, in a few words')
    .requiredOption('--severity <level>', 'SEV1 | SEV2 | SEV3 | SEV4 (when in doubt, escalate)')
    .option('--summary <text>', 'a plain-language summary')
    .option('--impact <text>', 'who or what is affected')
    .option('--detected-at <iso>', 'when the problem was first noticed (default: now)')
    .option('--breach', 'personal data may be exposed (starts the 72-hour notification clock)')
    .option('--tag <tag>', 'a tag, e.g. checkout or db-pool (repeatable, or comma-separated); shared tags mark repeat incidents', collect, [])
    .action(
      withContext(async (ctx, { tag, ...options }: DeclareOptions) => {
        const incident = await ctx.incidents.declare({ ...options, tags: tag });
        ctx.out(incident.id);
      }),
    );
}
