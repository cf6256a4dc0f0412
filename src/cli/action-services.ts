/** Builds the action service a CLI command needs from its context. */
import { createInterface } from 'node:readline/promises';
import { ActionService } from '../actions/action-service.js';
import { ChangeService } from '../changes/change-service.js';
import { CheckService } from '../checks/check-service.js';
import type { CliContext } from './context.js';

/** The action service with checks recorded on the incident and the configured change sources. */
export function createActionService(ctx: CliContext): ActionService {
  const checks = new CheckService(ctx.loaded, ctx.incidents, { now: ctx.now });
  return new ActionService(ctx.loaded, ctx.incidents, checks, { changes: new ChangeService(ctx.loaded) });
}

/** Asks one question on the terminal and returns the answer (the caller makes sure there is a TTY). */
export async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(`${question} `);
  } finally {
    rl.close();
  }
}
