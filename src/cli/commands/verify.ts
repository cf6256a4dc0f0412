/** `warroom verify`: checks the hash chain of the whole store (tamper evidence), optionally against a recorded head. */
import type { Command } from 'commander';
import { verifyChain, verifyToHead, type HeadVerdict } from '../../store/hash-chain.js';
import { CliUsageError, EXIT } from '../errors.js';
import { withContext } from '../run-command.js';

/** The verdict against a recorded head, as one line. */
function headLine(verdict: HeadVerdict, head: string, store: string): string {
  if (verdict.ok) {
    const after = verdict.after === 0 ? 'it is the last event' : `${verdict.after} event(s) after it, intact too`;
    return `chain intact up to head ${head}: seq ${verdict.seq} of ${verdict.count}; ${after}`;
  }
  if (verdict.problem === 'not-found') {
    return `head ${head} is not in ${store} (${verdict.count} events, head ${verdict.storeHead}): events were cut off the end of the store or rewritten, or this is another store`;
  }
  const b = verdict.brokenAt;
  const where = `chain broken at seq ${b.seq} (${b.id}): ${b.reason}`;
  return verdict.problem === 'broken-up-to-head'
    ? `${where}; the events up to head ${head} (seq ${verdict.seq}) are not intact`
    : `events up to head ${head} (seq ${verdict.seq}) intact, but ${where}`;
}

/** Registers `verify`. */
export function registerVerify(program: Command): void {
  program
    .command('verify')
    .summary('check the hash chain for changed, reordered or removed events; --head checks a recorded head')
    .description(
      'check that no stored event was changed, reordered or removed from the middle (exit 1 at the first broken link). ' +
        'Events cut off the end leave a shorter chain that still holds: give --head with a head recorded earlier (each postmortem prints one) to detect that',
    )
    .option('--head <hash>', 'a chain head recorded earlier: it must still be in the store, with every event up to it intact')
    .option('--json', 'print the verdict as JSON')
    .action(
      withContext(async (ctx, options: { head?: string; json?: boolean }) => {
        const head = options.head?.trim().toLowerCase();
        if (head !== undefined && !/^[0-9a-f]{64}$/.test(head)) {
          throw new CliUsageError(`--head "${options.head}" is not a chain head: give the 64-character hex hash as the postmortem prints it`);
        }
        const { events } = await ctx.store.read();
        if (head !== undefined) {
          const verdict = verifyToHead(events, head);
          if (options.json) ctx.out(JSON.stringify({ store: ctx.store.path, head, ...verdict }, null, 2));
          else ctx.out(headLine(verdict, head, ctx.store.path));
          return verdict.ok ? EXIT.ok : EXIT.failure;
        }
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
