/** `warroom replay INCIDENT`: step through a stored incident's timeline in a read-only console. */
import type { Command } from 'commander';
import { selectIncident } from '../../domain/incident-commands.js';
import { createTimeline } from '../../domain/replay/replay-cursor.js';
import { REPLAY_SPEEDS } from '../../domain/replay/replay-play.js';
import { CliUsageError } from '../errors.js';
import { withContext } from '../run-command.js';
import { launchConsole } from './console.js';

function parseSpeed(text: string | undefined): number {
  if (text === undefined) return REPLAY_SPEEDS[2];
  const speed = Number(text.replace(/x$/i, ''));
  if (!Number.isFinite(speed) || speed <= 0) throw new CliUsageError(`--speed "${text}" is not a positive number (e.g. ${REPLAY_SPEEDS.join(', ')})`);
  return speed;
}

/** Registers `replay`. */
export function registerReplay(program: Command): void {
  program
    .command('replay <incident>')
    .description('step through a stored incident as it happened, read-only: next/previous event, jump by minutes, play at N x speed')
    .option('--speed <n>', `playback speed, incident seconds per real second (default ${REPLAY_SPEEDS[2]}; space plays)`)
    .action(
      withContext(async (ctx, id: string, options: { speed?: string }) => {
        const speed = parseSpeed(options.speed);
        // The snapshot the replay shows: later writes to the store do not move it.
        const incident = selectIncident(await ctx.incidents.incidents(), id);
        const timeline = createTimeline(incident.events);
        if (!timeline) throw new CliUsageError(`${incident.id} has no declaration event to start a replay from`);
        return launchConsole({ ...ctx, incidentId: incident.id }, { readOnly: true, replay: { timeline, speed } });
      }),
    );
}
