/** `warroom updates`: the incident's status update history, kept drafts and what is due next. */
import type { Command } from 'commander';
import { countdown } from '../../domain/comms/cadence-alerts.js';
import { parseUpdateDraftKey } from '../../domain/comms/update-draft.js';
import { formatUpdateHistory, updateHistory } from '../../domain/comms/update-history.js';
import { breachDeadline, updateDeadlines } from '../../domain/deadlines.js';
import { selectIncidentForReview } from '../../domain/review-selection.js';
import { withContext } from '../run-command.js';

/** Registers `updates`. */
export function registerUpdates(program: Command): void {
  program
    .command('updates')
    .description('list the status updates posted for the incident, kept drafts and the next updates due')
    .option('--json', 'print JSON')
    .action(
      withContext(async (ctx, options: { json?: boolean }) => {
        const incident = selectIncidentForReview(await ctx.incidents.incidents(), ctx.incidentId);
        const now = ctx.now();
        const rows = updateHistory(incident);
        const data = await ctx.store.read();
        const drafts = Object.entries(data.drafts).flatMap(([key, draft]) => {
          const parsed = parseUpdateDraftKey(key);
          return parsed && parsed.incidentId === incident.id ? [{ kind: parsed.kind, audience: parsed.audience, ...draft }] : [];
        });
        const breach = breachDeadline(incident, now, ctx.loaded.config.comms.breachNotifyHours);
        const due = [...updateDeadlines(incident, ctx.loaded.policies[incident.severity], now), ...(breach ? [breach] : [])];
        if (options.json) {
          ctx.out(JSON.stringify({ incidentId: incident.id, updates: rows, drafts, due }, null, 2));
          return;
        }
        ctx.out(`${incident.id}  ${incident.title}`);
        for (const line of formatUpdateHistory(rows)) ctx.out(line);
        for (const draft of drafts) {
          ctx.out(`draft kept: ${draft.kind}/${draft.audience}, saved ${draft.savedAt} by ${draft.actor} (post it: warroom update --kind ${draft.kind} --audience ${draft.audience} --from-draft --post)`);
        }
        for (const deadline of due) ctx.out(`due: ${countdown(deadline).text} (${deadline.dueAt})`);
      }),
    );
}
