/** `warroom verify`: checks the hash chain of the whole store (tamper evidence). */
import type { Command } from 'commander';
import { verifyChain } from '../../store/hash-chain.js';
import { EXIT } from '../errors.js';
import { withContext } from '../run-command.js';

/** Registers `verify`. */
export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description('check that no stored event was changed, removed or reordered (exit 1 at the first broken link)')
    .option('--json', 'print the verdict as JSON')
    .action(
      withContext(async (ctx, options: { json?: boolean }) => {
        const { events } = await ctx.store.read();
        const verdict = verifyChain(events);
        if (options.json) ctx.out(JSON.stringify({ store: ctx.store.path, ...verdict }, null, 2));
        else if (verdict.ok) ctx.out(`chain intact, ${verdict.count} events, head ${verdict.head}`);
        else {
          const b = verdict.brokenAt;
          ctx.out(`chain broken at seq ${b.seq} (${b.id}): ${b.reason}; ${ctx.store.path} holds ${verdict.count} events`);
        }
        return verdict.ok ? EXIT.ok : EXIT.failure;
      }),
    );
}
