/** The interactive console: the default command. Ink is imported only here, lazily. */
import type { Command } from 'commander';
import type { ReplaySource } from '../../domain/replay/replay-cursor.js';
import type { DrillFeed } from '../../drill/drill-feed.js';
import type { CliContext } from '../context.js';
import { CliUsageError } from '../errors.js';
import { withContext } from '../run-command.js';

/** Ink prints only the final frame when it thinks it runs in CI; a real terminal must get every frame. */
function forgetCiMarkers(env: NodeJS.ProcessEnv): void {
  for (const name of Object.keys(env)) {
    if (name === 'CI' || name.startsWith('CI_') || name === 'CONTINUOUS_INTEGRATION' || name === 'BUILD_NUMBER') delete env[name];
  }
}

/**
 * Opens the console on this terminal, loading Ink only now. `exitDeadlineMs` bounds how long the
 * process may live after the terminal is restored (a caller with cleanup of its own asks for more).
 */
export async function launchConsole(ctx: CliContext, options: { readOnly: boolean; exitDeadlineMs?: number; replay?: ReplaySource; drill?: DrillFeed }): Promise<number> {
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    throw new CliUsageError('the console needs an interactive terminal; for scripts use the subcommands (`warroom --help`)');
  }
  forgetCiMarkers(process.env);
  const { runConsole } = await import('../../tui/run-console.js');
  return runConsole(ctx, options);
}

/** The default command's name: `warroom` alone opens the console. */
export const CONSOLE_COMMAND = 'console';

/** Registers `console` and makes it the default action. */
export function registerConsole(program: Command): void {
  const run = withContext(async (ctx, options: { readOnly?: boolean }) => launchConsole(ctx, { readOnly: options.readOnly ?? false }));
  program
    .command(CONSOLE_COMMAND, { isDefault: true })
    .description('open the full-screen war-room console (the default)')
    .option('--read-only', 'watch without being able to change anything')
    .action(run);
}
