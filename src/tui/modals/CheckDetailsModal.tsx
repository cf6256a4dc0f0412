/** One check's last result: state, command, perfdata table and output tail, scrollable. */
import { Text } from '../components/Text.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { useCommandEnv } from '../commands/command-env-context.js';
import { checkDetailLines, checkDetailsInput } from '../presentation/check-details.js';
import { dialogContentHeight, type Rect } from '../presentation/layout.js';
import type { CheckDetailsModal as Modal } from '../state/console-state.js';
import { useConsoleState } from '../state/console-store.js';
import { TONE_STYLE } from '../theme.js';
import { ModalFrame } from './ModalFrame.js';

/** Shows the lines from the modal's offset, as many as fit; follows a run of this check as it finishes. */
export function CheckDetailsModal({ rect, modal, incident }: { rect: Rect; modal: Modal; incident: IncidentState | undefined }) {
  const { loaded } = useCommandEnv();
  const runs = useConsoleState((s) => s.checkRuns);
  const lines = checkDetailLines(checkDetailsInput(loaded.config.checks, modal.name, incident, runs));
  const height = dialogContentHeight(rect);
  const start = Math.min(modal.offset, Math.max(0, lines.length - height));
  const more = lines.length - (start + height);
  const hint = `j/k scroll${more > 0 ? ` (${more} more below)` : ''} · r run again · Esc closes`;
  return (
    <ModalFrame rect={rect} title={`Check ${modal.name}`} hint={hint}>
      {lines.slice(start, start + height).map((line, i) => (
        <Text key={i} wrap="truncate-end" {...TONE_STYLE[line.tone]}>
          {/* An empty Text takes no row; the blank lines separate the sections. */}
          {line.text || ' '}
        </Text>
      ))}
    </ModalFrame>
  );
}
