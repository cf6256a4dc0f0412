/** The follow-up list (F): the incident's action items; add one, or close the selected one. */
import { Text } from '../components/Text.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { followupLines } from '../presentation/followups-view.js';
import type { Rect } from '../presentation/layout.js';
import { useConsoleState } from '../state/console-store.js';
import { LINE_TONE_STYLE } from '../theme.js';
import { ModalFrame } from './ModalFrame.js';

/** Rows inside the frame: height minus border, title and hint. */
export function FollowupsDialog({ rect, incident, index }: { rect: Rect; incident: IncidentState; index: number }) {
  const now = useConsoleState((state) => state.now);
  const open = incident.followups.filter((f) => !f.closedAt).length;
  const lines = followupLines(incident.followups, index, Math.max(1, rect.height - 4), new Date(now));
  return (
    <ModalFrame rect={rect} title={`Follow-ups of ${incident.id}: ${open} open, ${incident.followups.length - open} closed`} hint="a add · x close the selected one · j/k move · Esc close">
      {lines.map((line, i) => (
        <Text key={i} wrap="truncate-end" inverse={line.selected} {...LINE_TONE_STYLE[line.tone]}>
          {line.text}
        </Text>
      ))}
    </ModalFrame>
  );
}
