/** CLI entry point: parse argv, run the command, exit with its code. */
import { CommanderError } from 'commander';
import { endProcess, isTerminalLost } from '../process/process-end.js';
import { tolerateClosedPipe } from './closed-pipe.js';
import { EXIT } from './errors.js';
import { writeLine } from './output-line.js';
import { buildProgram } from './program.js';

async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end with exit code 0; anything else commander rejects is a usage error (its line is already on stderr):
      // exit 2, unless the command chose its own code (commander's own are only 0 and 1).
      process.exitCode = error.exitCode === 0 ? EXIT.ok : error.exitCode > 1 ? error.exitCode : EXIT.usage;
      return;
    }
    writeLine(process.stderr, `warroom: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = EXIT.failure;
  }
}

tolerateClosedPipe(process.stdout, 'standard output');
tolerateClosedPipe(process.stderr, 'standard error');
// No top-level await: the bundle is CommonJS so that V8 can cache its compiled code (see src/boot).
void main(process.argv).then(() => {
  // Node's own exit would try to reset a hung-up terminal and abort; end the way a hangup does.
  if (isTerminalLost()) endProcess(typeof process.exitCode === 'number' ? process.exitCode : EXIT.failure);
});
