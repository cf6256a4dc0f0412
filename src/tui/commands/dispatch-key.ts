/** What one key press does: a binding of the current context, else (while typing) an edit of the text. */
import { consoleKeymap } from '../keymap/check-keys.js';
import { keyContextOf } from '../keymap/key-context.js';
import { keyLabel } from '../keymap/key-names.js';
import { resolveKey } from '../keymap/resolve-key.js';
import { tooSmall } from '../presentation/layout.js';
import { editLine, insertText } from '../presentation/line-editor.js';
import { editText, insertTextBlock } from '../presentation/text-editor.js';
import type { CommandEnv } from './command-env.js';
import { COMMAND_HANDLERS } from './command-handlers.js';

/** Resolves `key` against the keymap and runs its command, or says why it is disabled. */
export function dispatchKey(env: CommandEnv, key: string): void {
  const state = env.store.getState();
  const context = keyContextOf(state, env.readOnly);
  const resolution = resolveKey(key, context, consoleKeymap(env.loaded.config.checks).keymap);
  if (resolution) {
    if (resolution.disabledReason) {
      const { label, description, writes } = resolution.binding;
      const why = writes ? `${resolution.disabledReason}: ${writes}` : resolution.disabledReason;
      env.store.dispatch({ type: 'flash/show', text: `${keyLabel(key)} ${label ?? description}: disabled, ${why}`, tone: 'warning' });
      return;
    }
    COMMAND_HANDLERS[resolution.binding.command](env, key);
    return;
  }
  // Text being typed is out of sight while the terminal is too small: it waits, unchanged.
  if (context.tooSmall) return;
  const top = state.ui.modals.at(-1);
  if (top?.kind === 'compose-edit') {
    const edited = editText({ text: top.text, cursor: top.cursor }, key);
    if (edited) env.store.dispatch({ type: 'modal/composer', event: { type: 'edit', ...edited } });
    return;
  }
  if (top?.kind !== 'text') return;
  const edited = editLine({ text: top.text, cursor: top.cursor }, key);
  if (edited) env.store.dispatch({ type: 'modal/text', ...edited });
}

/** Pasted text goes into the text being typed; outside a text field it is refused, never run as keys. */
export function dispatchPaste(env: CommandEnv, text: string): void {
  const state = env.store.getState();
  if (tooSmall(state.ui.viewport)) {
    // Shown once the terminal is big enough again, so the paste is not silently lost.
    env.store.dispatch({ type: 'flash/show', text: 'Pasted text ignored: the terminal was too small to show where it would go', tone: 'warning' });
    return;
  }
  const top = state.ui.modals.at(-1);
  if (top?.kind === 'compose-edit') {
    // An update keeps its line breaks; a one-line field turns them into spaces.
    env.store.dispatch({ type: 'modal/composer', event: { type: 'edit', ...insertTextBlock({ text: top.text, cursor: top.cursor }, text) } });
    return;
  }
  if (top?.kind !== 'text') {
    env.store.dispatch({ type: 'flash/show', text: 'Pasted text ignored: open a text field first (n adds a note)', tone: 'warning' });
    return;
  }
  const edited = insertText({ text: top.text, cursor: top.cursor }, text);
  env.store.dispatch({ type: 'modal/text', ...edited });
}
