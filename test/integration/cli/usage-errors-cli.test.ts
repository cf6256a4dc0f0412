/** Usage errors of the built CLI: one line on stderr prefixed `warroom:`, saying what to do, exit 2. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCliSandbox, type CliSandbox } from '../../helpers/cli.js';

let box: CliSandbox;
beforeAll(async () => {
  box = await createCliSandbox();
});
afterAll(async () => {
  await box.cleanup();
});

describe('usage errors', () => {
  it.each([
    [['stauts'], 'warroom: unknown command "stauts" (did you mean "status"?); see warroom --help\n'],
    [['stauts', '--json'], 'warroom: unknown command "stauts" (did you mean "status"?); see warroom --help\n'],
    [['--read-only', 'declar'], 'warroom: unknown command "declar" (did you mean "declare"?); see warroom --help\n'],
    [['frobnicate'], 'warroom: unknown command "frobnicate"; see warroom --help\n'],
    [['note'], "warroom: missing required argument 'text'; see warroom note --help\n"],
    [['declare', '--title', 'x', '--severity', 'SEV2', '--wat'], "warroom: unknown option '--wat'; see warroom declare --help\n"],
    [['freeze'], 'warroom: freeze needs a subcommand: on, off or status; see warroom freeze --help\n'],
    [['followup'], 'warroom: followup needs a subcommand: add, list or close; see warroom followup --help\n'],
    [['freeze', 'stat'], 'warroom: unknown command "freeze stat" (did you mean "freeze status"?); see warroom freeze --help\n'],
    [['followup', 'xyz'], 'warroom: unknown command "followup xyz" (followup takes add, list or close); see warroom followup --help\n'],
  ])('warroom %j says what to do in one line and exits 2', async (args, stderr) => {
    const result = await box.run(args);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr });
  });

  it('the default console still takes its own option: --read-only reaches the console, not the unknown-command check', async () => {
    const result = await box.run(['--read-only']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^warroom: the console needs an interactive terminal/);
  });

  it('a subcommand help lists the global options, and a group lists its subcommands', async () => {
    const note = await box.run(['note', '--help']);
    expect(note.code).toBe(0);
    expect(note.stdout).toMatch(/Global Options:[\s\S]*--config <file>[\s\S]*--store <file>[\s\S]*--actor <name>[\s\S]*--incident <id>/);
    const freeze = await box.run(['freeze', 'help']);
    expect(freeze.code).toBe(0);
    expect(freeze.stdout).toMatch(/Commands:[\s\S]*on \[options\][\s\S]*off \[options\][\s\S]*status \[options\]/);
  });
});
