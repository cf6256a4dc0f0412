/** The resolve dialog (R): the preflight live, the verdict, then the next steps after resolving. */
import { Text } from '../components/Text.js';
import type { Rect } from '../presentation/layout.js';
import { resolveView } from '../presentation/resolve-view.js';
import type { ResolveDialogState } from '../state/resolve-dialog.js';
import { LINE_TONE_STYLE } from '../theme.js';
import { ModalFrame } from './ModalFrame.js';

/** Rows inside the frame: height minus border, title and hint. */
export function ResolveDialog({ rect, dialog }: { rect: Rect; dialog: ResolveDialogState }) {
  const view = resolveView(dialog, Math.max(1, rect.height - 4));
  return (
    <ModalFrame rect={rect} title={view.title} hint={view.hint}>
      {view.lines.map((line, i) => (
        <Text key={i} wrap="truncate-end" {...LINE_TONE_STYLE[line.tone]}>
          {line.text || ' '}
        </Text>
      ))}
    </ModalFrame>
  );
}
