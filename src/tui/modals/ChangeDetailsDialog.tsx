/** A change's details over the panes: a commit's `git show --stat`, a deploy's full record. */
import { Text } from '../components/Text.js';
import { changeDetailsView, type DetailsLine } from '../presentation/change-details-view.js';
import { dialogContentHeight, type Rect } from '../presentation/layout.js';
import type { ChangeDetailsModal } from '../state/console-state.js';
import { TONE_STYLE, type TextStyle } from '../theme.js';
import { ModalFrame } from './ModalFrame.js';

const LINE_STYLE: Record<DetailsLine['tone'], TextStyle> = {
  normal: TONE_STYLE.normal,
  muted: TONE_STYLE.muted,
  error: TONE_STYLE.critical,
};

/** Draws the lines in view; the dispatcher's details.* commands move the offset. */
export function ChangeDetailsDialog({ rect, modal }: { rect: Rect; modal: ChangeDetailsModal }) {
  const view = changeDetailsView(modal, rect.width, dialogContentHeight(rect));
  return (
    <ModalFrame rect={rect} title={modal.title} hint={view.hint}>
      {view.lines.map((line, i) => (
        <Text key={i} wrap="truncate-end" {...LINE_STYLE[line.tone]}>
          {line.text || ' '}
        </Text>
      ))}
    </ModalFrame>
  );
}
