/** The status-update composer: one dialog per step (setup, editor, leave question, preview, result). */
import { Box } from 'ink';
import { Text } from '../../components/Text.js';
import { UPDATE_AUDIENCES, UPDATE_KINDS } from '../../../domain/comms/update-decisions.js';
import { defaultTargetNames } from '../../../comms/targets/create-targets.js';
import { useCommandEnv } from '../../commands/command-env-context.js';
import type { Rect } from '../../presentation/layout.js';
import { keptDraftFor, type ComposerModal } from '../../state/composer-flow.js';
import { ModalFrame } from '../ModalFrame.js';
import { ComposerEditor } from './ComposerEditor.js';
import { ComposerLines } from './ComposerLines.js';

function Choice<T extends string>({ label, values, value, focused }: { label: string; values: readonly T[]; value: T; focused: boolean }) {
  return (
    <Text wrap="truncate-end">
      {focused ? '› ' : '  '}
      <Text bold={focused}>{label.padEnd(10)}</Text>
      {values.map((v) => (
        <Text key={v}>
          {' '}
          {/* Brackets as well as inverse: the choice must show without colour too. */}
          {v === value ? <Text inverse bold>{`[${v}]`}</Text> : <Text dimColor>{` ${v} `}</Text>}
        </Text>
      ))}
    </Text>
  );
}

function Setup({ rect, modal }: { rect: Rect; modal: ComposerModal }) {
  const { loaded } = useCommandEnv();
  const kept = keptDraftFor(modal);
  const targets = defaultTargetNames(loaded, modal.audience);
  return (
    <ModalFrame rect={rect} title={`Status update for ${modal.incidentId}`} hint="j/k row · h/l or Space change · Enter write · U history · Esc close">
      <Box flexDirection="column" marginTop={1}>
        <Choice label="Kind" values={UPDATE_KINDS} value={modal.updateKind} focused={modal.field === 'kind'} />
        <Choice label="Audience" values={UPDATE_AUDIENCES} value={modal.audience} focused={modal.field === 'audience'} />
        <Text> </Text>
        {kept ? (
          <Text color="yellow" wrap="truncate-end">
            A kept draft for {modal.updateKind}/{modal.audience} (saved {kept.savedAt.slice(11, 19)}Z) opens instead of the template.
          </Text>
        ) : (
          <Text dimColor wrap="truncate-end">
            Starts from the {modal.updateKind}.{modal.audience}.md template, filled from the incident.
          </Text>
        )}
        {modal.keptDrafts
          .filter((d) => d !== kept)
          .map((d) => (
            <Text key={`${d.updateKind}/${d.audience}`} dimColor wrap="truncate-end">
              Also kept: {d.updateKind}/{d.audience} (saved {d.savedAt.slice(11, 19)}Z)
            </Text>
          ))}
        <Text wrap="truncate-end">
          Default targets: {targets.length > 0 ? targets.join(', ') : <Text color="yellow">none (comms.defaultTargets.{modal.audience}); tick them in the preview</Text>}
        </Text>
      </Box>
    </ModalFrame>
  );
}

function LeaveQuestion({ rect, modal }: { rect: Rect; modal: ComposerModal }) {
  return (
    <ModalFrame rect={rect} title="Leave the update editor?" hint="y/Enter keep as draft · d discard · n/Esc keep writing">
      <Box flexDirection="column" marginTop={1}>
        <Text wrap="wrap">
          {modal.edited ? 'Your text' : 'The text'} stays as the {modal.updateKind}/{modal.audience} draft of {modal.incidentId}; c offers it again. Nothing is posted.
        </Text>
        <Text dimColor wrap="wrap">d throws the draft away: the next c starts from the template.</Text>
      </Box>
    </ModalFrame>
  );
}

/** Draws the composer's current step. */
export function ComposerDialog({ rect, modal }: { rect: Rect; modal: ComposerModal }) {
  switch (modal.kind) {
    case 'compose-setup':
      return <Setup rect={rect} modal={modal} />;
    case 'compose-edit':
      return <ComposerEditor rect={rect} modal={modal} />;
    case 'compose-discard':
      return <LeaveQuestion rect={rect} modal={modal} />;
    case 'compose-preview':
    case 'compose-result':
      return <ComposerLines rect={rect} modal={modal} />;
  }
}
