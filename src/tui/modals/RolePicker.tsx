/** Assigns roles: take the selected one yourself in one key, or name someone else. */
import { Box } from 'ink';
import { Text } from '../components/Text.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { useCommandEnv } from '../commands/command-env-context.js';
import { roleChoices } from '../presentation/choices.js';
import type { Rect } from '../presentation/layout.js';
import { ModalFrame } from './ModalFrame.js';

/** One entry per role: title, holder (or unfilled), and what the role does. */
export function RolePicker({ rect, index, incident }: { rect: Rect; index: number; incident: IncidentState }) {
  const { actor } = useCommandEnv();
  return (
    <ModalFrame rect={rect} title={`Roles for ${incident.id} (you are ${actor})`} hint="Enter/t or 1-4 take it yourself · a assign someone · Esc close">
      {roleChoices(incident).map((choice, i) => (
        <Box key={choice.role} flexDirection="column">
          <Text wrap="truncate-end" inverse={i === index}>
            {i === index ? '› ' : '  '}
            {i + 1} <Text bold>{choice.title.padEnd(20)}</Text>
            {choice.holder ? <Text>{choice.holder}</Text> : <Text color="yellow">(unfilled)</Text>}
          </Text>
          <Text dimColor wrap="truncate-end">
            {'    '}
            {choice.duties}
          </Text>
        </Box>
      ))}
    </ModalFrame>
  );
}
