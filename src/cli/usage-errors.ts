/**
 * Usage errors, one line each: what was wrong and which help to read. Commander's own messages
 * are reworded here; a mistyped command or a missing subcommand gets a message of its own.
 */
import type { Command } from 'commander';
import { suggestSimilar } from '../domain/similar-words.js';
import { EXIT } from './errors.js';

/** `warroom freeze` for the freeze command: the words a user types to reach it. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}

/** Commander's (possibly multi-line) error text as one line prefixed `warroom:` that points at the help. */
export function formatUsageError(message: string, helpFor: string): string {
  const text = message
    .trim()
    .replace(/^error: /, '')
    .replace(/\n\(Did you mean (.*)\?\)/, ' (did you mean $1?)')
    .split('\n')
    .join('; ')
    .replace(/\.$/, '');
  return `warroom: ${text}; see ${helpFor} --help\n`;
}

function visibleNames(parent: Command): string[] {
  return parent.createHelp().visibleCommands(parent).map((c) => c.name()).filter((name) => name !== 'help');
}

function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** Fails the parse with a usage error (exit 2) worded by this module. */
function failUsage(command: Command, message: string): never {
  command.error(message, { exitCode: EXIT.usage, code: 'commander.usage' });
}

/** An unknown command word, with the closest known one when there is one. */
function unknownCommand(parent: Command, word: string): never {
  const names = visibleNames(parent);
  const typed = parent.parent ? `${parent.name()} ${word}` : word;
  const guess = suggestSimilar(word, names);
  const hint = guess ? ` (did you mean "${parent.parent ? `${parent.name()} ${guess}` : guess}"?)` : parent.parent ? ` (${parent.name()} takes ${listWords(names)})` : '';
  failUsage(parent, `unknown command "${typed}"${hint}`);
}

/** A command that only groups subcommands (`freeze`, `followup`): without one it is a usage error, not help. */
function requireSubcommand(group: Command): void {
  group
    .helpCommand(true)
    .allowExcessArguments(true)
    .action((_options: unknown, command: Command) => {
      const [word] = command.args;
      if (word !== undefined) unknownCommand(group, word);
      failUsage(group, `${group.name()} needs a subcommand: ${listWords(visibleNames(group))}`);
    });
}

/**
 * The default command takes any word commander did not recognise as a command; before it runs,
 * a first operand that is not one of its own options is a mistyped command.
 */
function rejectUnknownCommands(program: Command, defaultCommand: Command): void {
  const ownFlags = new Set(defaultCommand.options.flatMap((o) => [o.long, o.short]).concat(['--help', '-h']));
  program.hook('preSubcommand', (root, target) => {
    if (target !== defaultCommand || root.args[0] === defaultCommand.name()) return;
    const first = root.args.find((arg) => !ownFlags.has(arg));
    if (first !== undefined && !first.startsWith('-') && !visibleNames(root).includes(first)) unknownCommand(root, first);
  });
}

/** Gives every command one-line usage errors; groups of subcommands require one; the default command rejects mistyped commands. */
export function installUsageErrors(program: Command, defaultCommand: Command): void {
  const visit = (command: Command): void => {
    const helpFor = commandPath(command);
    command.configureOutput({ outputError: (message, write) => write(formatUsageError(message, helpFor)) });
    // A group with an action of its own keeps it (commander has no public way to ask, hence the field).
    const hasAction = (command as unknown as { _actionHandler: unknown })._actionHandler !== null;
    if (command !== program && command.commands.length > 0 && !hasAction) requireSubcommand(command);
    command.commands.forEach(visit);
  };
  visit(program);
  rejectUnknownCommands(program, defaultCommand);
}
