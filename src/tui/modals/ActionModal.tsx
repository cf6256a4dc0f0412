/** The guided mitigation dialog: menu, preflight, dry run, confirmation, live output, verification. */
import { Text } from '../components/Text.js';
import type { FlowState } from '../../domain/actions/action-flow.js';
import { actionView } from '../presentation/action-view.js';
import type { Rect } from '../presentation/layout.js';
import { LINE_TONE_STYLE } from '../theme.js';
import { ModalFrame } from './ModalFrame.js';

/** Draws the flow's current step; rows inside the frame: height minus border, title and hint. */
export function ActionModal({ rect, flow, incidentId }: { rect: Rect; flow: FlowState; incidentId: string | undefined }) {
  const view = actionView(flow, incidentId, Math.max(1, rect.height - 4));
  return (
    <ModalFrame rect={rect} title={view.title} hint={view.hint}>
      {view.lines.map((line, i) => (
        <Text key={i} wrap="truncate-end" inverse={line.selected === true} {...LINE_TONE_STYLE[line.tone]}>
          {line.text}
        </Text>
      ))}
    </ModalFrame>
  );
}
