// Temporary entry point so the bundle builds while the console is being written; replaced by the real console.
import type { CliContext } from '../cli/context.js';

export async function runConsole(_ctx: CliContext, _options: { readOnly: boolean }): Promise<number> {
  throw new Error('the console is not built into this version yet');
}
