/** The one place keys are read: every key press goes through the keymap (see dispatch-key.ts). */
import { useCallback, useRef } from 'react';
import { useInput, type Key } from 'ink';
import { useCommandEnv } from '../commands/command-env-context.js';
import { dispatchKey, dispatchPaste } from '../commands/dispatch-key.js';
import { splitKeys } from '../keymap/split-keys.js';

// Bracketed paste markers (the console turns the mode on): Ink hands them over without the ESC.
const PASTE_START = '[200~';
const PASTE_END = '[201~';

/** Renders nothing; owns the console's only useInput. */
export function KeyDispatcher() {
  const env = useCommandEnv();
  const paste = useRef<string | undefined>(undefined);
  const onInput = useCallback(
    (input: string, key: Key) => {
      if (input === PASTE_START) {
        paste.current = '';
        return;
      }
      if (paste.current !== undefined) {
        if (input === PASTE_END) {
          const text = paste.current;
          paste.current = undefined;
          dispatchPaste(env, text);
        } else {
          paste.current += input;
        }
        return;
      }
      for (const name of splitKeys(input, key)) dispatchKey(env, name);
    },
    [env],
  );
  useInput(onInput);
  return null;
}
