/** `warroom followup add|list|close`: the incident's action items. */
import type { Command } from 'commander';
import { addFollowup, closeFollowup } from '../../domain/followups.js';
import type { Followup } from '../../domain/incident-state.js';
import { selectIncidentForReview } from '../../domain/review-selection.js';
import type { CliContext } from '../context.js';
import { withContext } from '../run-command.js';

interface AddOptions {
  owner?: string;
  due?: string;
  priority?: string;
}

/** The incident follow-ups act on: --incident, else the latest open one, else the latest declared. */
async function targetIncidentId(ctx: CliContext): Promise<string> {
  return selectIncidentForReview(await ctx.incidents.incidents(), ctx.incidentId).id;
}

function isOverdue(f: Followup, now: Date): boolean {
  return !f.closedAt && f.due !== undefined && f.due < now.toISOString().slice(0, 10);
}

function formatFollowup(f: Followup, now: Date): string {
  const status = f.closedAt ? `closed ${f.closedAt.slice(0, 10)}` : isOverdue(f, now) ? 'OVERDUE' : 'open';
  const due = f.due ? `due ${f.due}` : 'no due date';
  return `${f.id.padEnd(5)} ${f.priority}  ${status.padEnd(17)} ${due.padEnd(14)} ${(f.owner ?? 'no owner').padEnd(12)} ${f.text}`;
}

/** Registers `followup` and its subcommands. */
export function registerFollowup(program: Command): void {
  const followup = program.command('followup').description('action items from the incident: add, list, close');

  followup
    .command('add')
    .description('add an action item (during or after the incident)')
    .argument('<text...>', 'what will be done')
    .option('--owner <name>', 'who will do it')
    .option('--due <date>', 'due date, YYYY-MM-DD')
    .option('--priority <P1|P2|P3>', 'P1 most urgent (default P2)')
    .action(
      withContext(async (ctx, words: string[], options: AddOptions) => {
        const id = await targetIncidentId(ctx);
        const [event] = await ctx.incidents.record(id, (incident) => addFollowup(incident, { text: words.join(' '), ...options }, ctx.now()));
        const data = event!.data as { followupId: string };
        ctx.out(`${event!.incidentId}: follow-up ${data.followupId} added`);
      }),
    );

  followup
    .command('list')
    .description('list open action items of the incident (--all: closed ones too)')
    .option('--all', 'include closed items')
    .option('--json', 'print JSON')
    .action(
      withContext(async (ctx, options: { all?: boolean; json?: boolean }) => {
        const incident = selectIncidentForReview(await ctx.incidents.incidents(), ctx.incidentId);
        const now = ctx.now();
        const items = incident.followups.filter((f) => options.all || !f.closedAt);
        if (options.json) {
          const json = items.map((f) => ({ incidentId: incident.id, ...f, status: f.closedAt ? 'closed' : 'open', overdue: isOverdue(f, now) }));
          ctx.out(JSON.stringify(json, null, 2));
        } else if (items.length === 0) {
          ctx.out(`${incident.id}: no ${options.all ? '' : 'open '}follow-ups (add one with \`warroom followup add TEXT --owner NAME --due YYYY-MM-DD\`)`);
        } else {
          ctx.out(`${incident.id}: ${incident.title}`);
          for (const f of items) ctx.out(`  ${formatFollowup(f, now)}`);
        }
      }),
    );

  followup
    .command('close')
    .description('close an action item by id (F-1, or just 1)')
    .argument('<id>', 'the follow-up id')
    .option('--note <text>', 'what was done')
    .action(
      withContext(async (ctx, followupId: string, options: { note?: string }) => {
        const id = await targetIncidentId(ctx);
        const [event] = await ctx.incidents.record(id, (incident) => closeFollowup(incident, followupId, options.note));
        const data = event!.data as { followupId: string };
        ctx.out(`${event!.incidentId}: follow-up ${data.followupId} closed`);
      }),
    );
}
