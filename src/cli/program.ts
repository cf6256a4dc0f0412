/** Builds the commander program: global options plus every subcommand. */
import { Command, Option } from 'commander';
import { CONSOLE_COMMAND } from './commands/console.js';
import { COMMANDS } from './commands/index.js';
import { installUsageErrors } from './usage-errors.js';

export const VERSION = '0.1.0';

/** The root command with global options; subcommands inherit exit handling and help settings. */
export function buildProgram(): Command {
  const program = new Command('warroom')
    .description('Incident war-room console: a shared live timeline, checks, recent changes, runbooks, mitigation and updates.')
    .version(VERSION)
    .addOption(new Option('--config <file>', 'config file (default: ./warroom.yaml, or $WARROOM_CONFIG)'))
    .addOption(new Option('--store <file>', 'event store (default: .warroom/store.json beside the config, or $WARROOM_STORE)'))
    .addOption(new Option('--actor <name>', 'who you are on the timeline (default: $WARROOM_ACTOR, else your user name)'))
    .addOption(new Option('--incident <id>', 'act on this incident (default: the most recently declared open one)'))
    // Subcommand help lists --config, --store, --actor and --incident too: they go anywhere on the line.
    .configureHelp({ showGlobalOptions: true })
    .enablePositionalOptions(false)
    .exitOverride();
  for (const register of COMMANDS) register(program);
  const defaultCommand = program.commands.find((command) => command.name() === CONSOLE_COMMAND);
  if (!defaultCommand) throw new Error(`the default command "${CONSOLE_COMMAND}" is not registered`);
  installUsageErrors(program, defaultCommand);
  return program;
}
