/** Asks before leaving; says that nothing is lost by quitting. */
import { Text } from 'ink';
import type { Rect } from '../presentation/layout.js';
import { ModalFrame } from './ModalFrame.js';

/** The quit question. */
export function QuitConfirm({ rect }: { rect: Rect }) {
  return (
    <ModalFrame rect={rect} title="Quit the console?" hint="y/q/Enter quit · n/Esc stay">
      <Text wrap="wrap">Everything recorded stays in the store; other consoles keep running. Reopen with `warroom`.</Text>
    </ModalFrame>
  );
}
