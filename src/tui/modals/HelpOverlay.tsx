/** Every key binding, generated from the keymap, scrollable. */
import { Text } from '../components/Text.js';
import { useCommandEnv } from '../commands/command-env-context.js';
import { consoleKeymap } from '../keymap/check-keys.js';
import { helpLines } from '../presentation/help-lines.js';
import { dialogContentHeight, type Rect } from '../presentation/layout.js';
import { useConsoleState } from '../state/console-store.js';
import { ModalFrame } from './ModalFrame.js';


/** Shows the lines from `offset`, as many as fit in `rect`. */
export function HelpOverlay({ rect, offset }: { rect: Rect; offset: number }) {
  const { loaded } = useCommandEnv();
  const replay = useConsoleState((s) => s.replay !== undefined);
  const lines = helpLines(consoleKeymap(loaded.config.checks).keymap, replay);
  // As wide as the longest key list (capped), so descriptions keep room on 80 columns.
  const keyColumn = Math.min(18, Math.max(...lines.map((l) => l.keys.length)) + 2);
  const height = dialogContentHeight(rect);
  const start = Math.min(offset, Math.max(0, lines.length - height));
  const more = lines.length - (start + height);
  return (
    <ModalFrame rect={rect} title="Keys" hint={`j/k scroll · Space pages${more > 0 ? ` (${more} more below)` : ''} · Esc or ? closes · "changes" keys write to the incident log`}>
      {lines.slice(start, start + height).map((line, i) =>
        line.kind === 'heading' ? (
          <Text key={i} bold color="cyan" wrap="truncate-end">
            {line.text}
          </Text>
        ) : (
          <Text key={i} wrap="truncate-end">
            {line.keys.padEnd(keyColumn)}
            {line.text}
            {line.mutates ? <Text dimColor> (changes)</Text> : ''}
          </Text>
        ),
      )}
    </ModalFrame>
  );
}
