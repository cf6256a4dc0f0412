/**
 * `warroom edit`: corrects the incident's title, summary, impact or detection time, and labels it
 * with a root cause and tags. One command for every field `incident.edited` carries, rather
 * than a command per field, so the options read like the event; each change is one event.
 */
import type { Command } from 'commander';
import { describeEdit, editIncident } from '../../domain/incident-edits.js';
import type { EventDataMap } from '../../domain/events.js';
import { selectIncidentForReview } from '../../domain/review-selection.js';
import { CliUsageError } from '../errors.js';
import { withContext } from '../run-command.js';

interface EditOptions {
  title?: string;
  summary?: string;
  impact?: string;
  rootCause?: string;
  detectedAt?: string;
  tag: string[];
  untag: string[];
}

/** Collects a repeatable option's values. */
export const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Registers `edit`. */
export function registerEdit(program: Command): void {
  program
    .command('edit')
    .description('set the root cause and tags (they find repeat incidents and fill the postmortem), or correct title, summary, impact or detection time; works after resolution')
    .option('--root-cause <text>', 'what in the system let the trigger cause the outage; a short reusable label ("db-pool-exhaustion") makes repeats visible ("" clears it)')
    .option('--tag <tag>', 'add a tag, e.g. checkout or db-pool (repeatable, or comma-separated)', collect, [])
    .option('--untag <tag>', 'remove a tag (repeatable)', collect, [])
    .option('--title <text>', 'a corrected title')
    .option('--summary <text>', 'a plain-language summary ("" clears it)')
    .option('--impact <text>', 'who or what is affected ("" clears it)')
    .option('--detected-at <iso>', 'when the problem was really first noticed (not after the declaration)')
    .action(
      withContext(async (ctx, options: EditOptions) => {
        const { tag, untag, ...fields } = options;
        if (Object.keys(fields).length === 0 && tag.length === 0 && untag.length === 0) {
          throw new CliUsageError('say what to change: --root-cause, --tag, --untag, --title, --summary, --impact or --detected-at');
        }
        // Reviews follow resolution: without --incident this is the latest open incident, else the latest declared.
        const target = selectIncidentForReview(await ctx.incidents.incidents(), ctx.incidentId);
        const events = await ctx.incidents.record(target.id, (incident) => editIncident(incident, { ...fields, addTags: tag, removeTags: untag }, ctx.now()));
        for (const event of events) ctx.out(`${event.incidentId}: ${describeEdit(event.data as EventDataMap['incident.edited'])}`);
      }),
    );
}
