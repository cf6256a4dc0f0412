/** Puts the update on the responder's own clipboard with OSC 52, written to their terminal. */
import { osc52Sequence, type Osc52Passthrough } from '../../domain/comms/osc52.js';
import { settle, type UpdateTarget } from './target.js';

/** Where the escape sequence goes: the console's output, or the controlling terminal. */
export interface TerminalSink {
  /** Says what it writes to, for messages ("/dev/tty"). */
  readonly description: string;
  write(data: string): Promise<void>;
}

export interface ClipboardTargetOptions {
  passthrough: Osc52Passthrough;
  maxBytes: number;
  /** Undefined when there is no terminal (a cron job, a pipe): the post fails and says so. */
  terminal: TerminalSink | undefined;
}

/** A clipboard target; the terminal cannot confirm receipt, so success means "sent to the terminal". */
export function clipboardTarget(name: string, options: ClipboardTargetOptions): UpdateTarget {
  return {
    name,
    post: (message) =>
      settle(name, async () => {
        if (!options.terminal) throw new Error('no terminal to send the clipboard sequence to (run it from a terminal)');
        const sequence = osc52Sequence(message.text.trim(), options.passthrough);
        const bytes = Buffer.byteLength(sequence);
        if (bytes > options.maxBytes) {
          throw new Error(`the update is too long for the clipboard (${bytes} bytes encoded, limit ${options.maxBytes})`);
        }
        await options.terminal.write(sequence);
        const via = options.passthrough === 'tmux' ? ' through tmux passthrough' : '';
        return { detail: `sent to the clipboard of ${options.terminal.description}${via}` };
      }),
  };
}
