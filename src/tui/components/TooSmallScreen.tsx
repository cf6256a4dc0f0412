/** Shown instead of the console while the terminal is too small: the size it needs and the only keys that act. */
import { Text } from './Text.js';
import { useCommandEnv } from '../commands/command-env-context.js';
import { consoleKeymap } from '../keymap/check-keys.js';
import { keysLabel } from '../keymap/key-names.js';
import { bindingsInContext } from '../keymap/resolve-key.js';
import { MIN_COLUMNS, MIN_ROWS } from '../presentation/layout.js';
import type { Viewport } from '../state/console-state.js';
import { useConsoleState } from '../state/console-store.js';

/** The keys listed come from the keymap, as the dispatcher resolves them at this size. */
export function TooSmallScreen({ viewport }: { viewport: Viewport }) {
  const { loaded } = useCommandEnv();
  const screen = useConsoleState((s) => s.ui.screen);
  const focus = useConsoleState((s) => s.ui.focus);
  const top = useConsoleState((s) => s.ui.modals.at(-1)?.kind);
  const quitting = top === 'quit';
  const keys = bindingsInContext({ screen, focus, modal: top, tooSmall: true }, consoleKeymap(loaded.config.checks).keymap)
    // A word or two each: the label, else the description without its aside.
    .map((b) => `${keysLabel(b.keys)} ${(b.label ?? b.description.replace(/ \(.*\)$/, '')).toLowerCase()}`)
    .join(' · ');
  return (
    <>
      <Text wrap="wrap">
        The console needs at least {MIN_COLUMNS}x{MIN_ROWS}; this terminal is {viewport.columns}x{viewport.rows}. Enlarge it to go on.
      </Text>
      {top && !quitting ? <Text wrap="wrap">The open dialog waits as it is; nothing typed is lost.</Text> : null}
      {quitting ? <Text bold>Quit the console?</Text> : null}
      <Text wrap="wrap">Keys now: {keys}</Text>
    </>
  );
}
