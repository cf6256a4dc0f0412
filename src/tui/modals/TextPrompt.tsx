/** A one-line text field in a dialog (note, role holder, incident title). Insert mode while open. */
import { Box } from 'ink';
import { Text } from '../components/Text.js';
import { ROLE_TITLES } from '../../domain/roles.js';
import type { Rect } from '../presentation/layout.js';
import type { TextModal } from '../state/console-state.js';
import { followupFieldWording } from '../state/followup-draft.js';
import { wrapViewLines } from '../presentation/action-view.js';
import { dialogTextWidth } from '../presentation/text-lines.js';
import { LINE_TONE_STYLE } from '../theme.js';
import { ModalFrame } from './ModalFrame.js';

function wording(modal: TextModal, incidentId: string | undefined): { title: string; prompt: string; placeholder: string } {
  switch (modal.purpose) {
    case 'note':
      return { title: `Add a note to ${incidentId ?? 'the incident'}`, prompt: 'Note', placeholder: 'what you saw, did or decided' };
    case 'declare-title':
      return { title: 'Declare an incident (1 of 2): title', prompt: 'Title', placeholder: 'what is broken, e.g. Checkout returns 502' };
    case 'role-name':
      return { title: `Who takes ${ROLE_TITLES[modal.role]}?`, prompt: 'Name', placeholder: 'their name or handle' };
    case 'replay-minute':
      return { title: 'Jump to a minute after detection', prompt: 'Minute', placeholder: 'e.g. 41 (negative: before detection)' };
    case 'action-confirm':
      return { title: modal.prompt, prompt: 'Confirm', placeholder: 'type it exactly; Esc goes back' };
    case 'resolve-reason':
      return { title: `Resolve ${incidentId ?? 'the incident'} although not everything is verified: why is it safe?`, prompt: 'Reason', placeholder: 'recorded with the resolution, e.g. error-rate lags; dashboards at baseline' };
    case 'followup':
      return followupFieldWording(modal.step, incidentId);
    case 'root-cause':
      return { title: `Root cause of ${incidentId ?? 'the incident'} (fills the postmortem; the same one later counts as a repeat)`, prompt: 'Root cause', placeholder: 'a short label or sentence, e.g. db-pool-exhaustion' };
    case 'tags':
      return { title: `Tags of ${incidentId ?? 'the incident'} (a shared tag marks a repeat incident)`, prompt: 'Tags', placeholder: 'comma-separated, e.g. checkout, db-pool' };
  }
}

/**
 * The text with a block cursor; long text scrolls so the cursor stays in view. Keys reach the
 * text through the console's one key dispatcher (it edits the dialog's text in the store).
 */
export function TextPrompt({ rect, modal, incidentId }: { rect: Rect; modal: TextModal; incidentId: string | undefined }) {
  const words = wording(modal, incidentId);
  const room = Math.max(10, rect.width - 6 - words.prompt.length);
  const start = Math.max(0, modal.cursor - room + 1);
  const visible = modal.text.slice(start, start + room);
  const at = modal.cursor - start;
  // A typed confirmation keeps what it confirms in view: the exact argv, every caution.
  const details = modal.purpose === 'action-confirm' ? wrapViewLines(modal.details ?? [], dialogTextWidth(rect.width)) : [];
  return (
    <ModalFrame rect={rect} title={words.title} hint="Enter saves · Esc cancels (nothing is written) · Ctrl-U clears">
      {details.map((line, i) => (
        <Text key={i} wrap="truncate-end" {...LINE_TONE_STYLE[line.tone]}>
          {line.text}
        </Text>
      ))}
      <Box marginTop={1}>
        <Text color="cyan">{words.prompt}: </Text>
        {modal.text === '' ? (
          <Text>
            <Text inverse> </Text>
            <Text dimColor>{words.placeholder}</Text>
          </Text>
        ) : (
          <Text>
            {visible.slice(0, at)}
            <Text inverse>{visible.charAt(at) || ' '}</Text>
            {visible.slice(at + 1)}
          </Text>
        )}
      </Box>
    </ModalFrame>
  );
}
