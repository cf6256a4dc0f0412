/** The guided mitigation dialog: menu, preflight, dry run, confirmation, live output, verification. */
import { Text } from '../components/Text.js';
import type { FlowState } from '../../domain/actions/action-flow.js';
import { actionView } from '../presentation/action-view.js';
import { dialogContentHeight, type Rect } from '../presentation/layout.js';
import { dialogTextWidth } from '../presentation/text-lines.js';
import { LINE_TONE_STYLE } from '../theme.js';
import { ModalFrame } from './ModalFrame.js';

export interface ActionModalProps {
  rect: Rect;
  flow: FlowState;
  offset: number | undefined;
  incidentId: string | undefined;
  mitigatedAt: string | undefined;
}

/** Draws the flow's current step, wrapped to the frame and scrolled by `offset`. */
export function ActionModal({ rect, flow, offset, incidentId, mitigatedAt }: ActionModalProps) {
  const view = actionView({ flow, incidentId, mitigatedAt, width: dialogTextWidth(rect.width), height: dialogContentHeight(rect), offset });
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
