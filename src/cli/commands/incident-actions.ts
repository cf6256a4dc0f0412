/** Small commands that each append one decision to the current incident. */
import type { Command } from 'commander';
import { severityFreezeNote } from '../../domain/deploy-freeze.js';
import { acknowledge, addNote, assignRole, changeSeverity, requireSeverity, setStatus } from '../../domain/incident-commands.js';
import { withContext } from '../run-command.js';

/** Registers `note`. */
export function registerNote(program: Command): void {
  program
    .command('note')
    .description('add a note to the incident timeline')
    .argument('<text...>', 'the note (quote it, or pass several words)')
    .action(
      withContext(async (ctx, words: string[]) => {
        const [event] = await ctx.incidents.record(ctx.incidentId, (incident) => addNote(incident, words.join(' ')));
        ctx.out(`${event!.incidentId}: note added by ${event!.actor}`);
      }),
    );
}

/** Registers `ack`. */
export function registerAck(program: Command): void {
  program
    .command('ack')
    .description('acknowledge the incident (sets the acknowledged milestone used for MTTA)')
    .action(
      withContext(async (ctx) => {
        const [event] = await ctx.incidents.record(ctx.incidentId, acknowledge);
        ctx.out(`${event!.incidentId}: acknowledged by ${event!.actor} at ${event!.at}`);
      }),
    );
}

/** Registers `severity`. */
export function registerSeverity(program: Command): void {
  program
    .command('severity')
    .description('change the severity (SEV1 | SEV2 | SEV3 | SEV4)')
    .argument('<level>', 'the new severity')
    .option('--reason <text>', 'why it changed')
    .action(
      withContext(async (ctx, level: string, options: { reason?: string }) => {
        let freezeNote: string | undefined;
        const [event] = await ctx.incidents.record(ctx.incidentId, (incident) => {
          const events = changeSeverity(incident, level, ctx.loaded.policies, options.reason);
          // Decided against the same fresh state as the change itself.
          freezeNote = severityFreezeNote(incident, requireSeverity(level), ctx.loaded.policies);
          return events;
        });
        const data = event!.data as { from: string; to: string };
        ctx.out(`${event!.incidentId}: severity ${data.from} -> ${data.to}`);
        if (freezeNote) ctx.out(`${event!.incidentId}: ${freezeNote}`);
      }),
    );
}

/** Registers `role`. */
export function registerRole(program: Command): void {
  program
    .command('role')
    .description('assign a role: commander, lead, comms or scribe')
    .argument('<role>', 'commander | lead | comms | scribe')
    .argument('[name...]', 'who takes it (default: you)')
    .action(
      withContext(async (ctx, role: string, name: string[]) => {
        const who = name.length > 0 ? name.join(' ') : ctx.actor;
        const [event] = await ctx.incidents.record(ctx.incidentId, (incident) => assignRole(incident, role, who));
        const data = event!.data as { role: string; name: string };
        ctx.out(`${event!.incidentId}: ${data.role} is ${data.name}`);
      }),
    );
}

/** Registers `set-status`. */
export function registerSetStatus(program: Command): void {
  program
    .command('set-status')
    .description('set the public status: investigating | identified | monitoring')
    .argument('<status>', 'investigating | identified | monitoring')
    .action(
      withContext(async (ctx, status: string) => {
        const [event] = await ctx.incidents.record(ctx.incidentId, (incident) => setStatus(incident, status));
        const data = event!.data as { from: string; to: string };
        ctx.out(`${event!.incidentId}: status ${data.from} -> ${data.to}`);
      }),
    );
}
