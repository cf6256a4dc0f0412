/** Builds the commander program: global options plus every subcommand. */
import { Command, Option } from 'commander';
import { COMMANDS } from './commands/index.js';

export const VERSION = '0.1.0';

/** The root command with global options; subcommands inherit exit handling. */
export function buildProgram(): Command {
  const program = new Command('warroom')
    .description('Incident war-room console: a shared live timeline, checks, recent changes, runbooks, mitigation and updates.')
    .version(VERSION)
    .addOption(new Option('--config <file>', 'config file (default: ./warroom.yaml, or $WARROOM_CONFIG)'))
    .addOption(new Option('--store <file>', 'event store (default: .warroom/store.json beside the config, or $WARROOM_STORE)'))
    .addOption(new Option('--actor <name>', 'who you are on the timeline (default: $WARROOM_ACTOR, else your user name)'))
    .addOption(new Option('--incident <id>', 'act on this incident (default: the most recently declared open one)'))
    .showHelpAfterError('(run with --help for usage)')
    .enablePositionalOptions(false)
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}
