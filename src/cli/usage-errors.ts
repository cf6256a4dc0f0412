/**
 * Usage errors, one line each: what was wrong and which help to read. Commander's own messages
 * are reworded here; a mistyped command or a missing subcommand gets a message of its own.
 */
import type { Command } from 'commander';
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

/** The candidate closest to `word` by edit distance, when it is close enough to be a likely typo. */
export function suggestSimilar(word: string, candidates: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(word, name);
    const closeEnough = distance <= Math.max(1, Math.floor(Math.max(word.length, name.length) / 3));
    if (closeEnough && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps ("stauts" is one from "status"). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
    }
  }
  return d[a.length]![b.length]!;
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
    if (command !== program && command.commands.length > 0) requireSubcommand(command);
    command.commands.forEach(visit);
  };
  visit(program);
  rejectUnknownCommands(program, defaultCommand);
}
