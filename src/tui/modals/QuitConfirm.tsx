/** Asks before leaving; says that nothing is lost by quitting. */
import { Text } from '../components/Text.js';
import type { Rect } from '../presentation/layout.js';
import { useCommandEnv } from '../commands/command-env-context.js';
import { ModalFrame } from './ModalFrame.js';

/** The quit question. */
export function QuitConfirm({ rect }: { rect: Rect }) {
  const { drill } = useCommandEnv();
  return (
    <ModalFrame rect={rect} title={drill ? 'Quit the console and end the drill?' : 'Quit the console?'} hint="y/q/Enter quit · n/Esc stay">
      <Text wrap="wrap">
        {drill
          ? 'Quitting ends the drill: the sandbox is removed, and the score is printed and saved with the timeline.'
          : 'Everything recorded stays in the store; other consoles keep running. Reopen with `warroom`.'}
      </Text>
    </ModalFrame>
  );
}
