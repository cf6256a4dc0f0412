/** Chooses a severity, showing what each level means and the rule: when in doubt, escalate. */
import { Box } from 'ink';
import { Text } from '../components/Text.js';
import { ESCALATION_RULE } from '../../domain/severity.js';
import { useCommandEnv } from '../commands/command-env-context.js';
import { severityChoices } from '../presentation/choices.js';
import type { Rect } from '../presentation/layout.js';
import { SEVERITY_STYLE } from '../theme.js';
import { ModalFrame } from './ModalFrame.js';

/** `title` set: the second step of declaring; else a severity change of the open incident. */
export function SeverityPicker({ rect, index, title, current }: { rect: Rect; index: number; title?: string | undefined; current?: string | undefined }) {
  const { loaded } = useCommandEnv();
  const choices = severityChoices(loaded.policies);
  // Room inside the frame (border, title, hint, rule): meanings wrap onto a second line when it fits.
  const meaningLines = rect.height - 7 >= choices.length * 3 ? 2 : 1;
  const heading = title !== undefined ? `Declare an incident (2 of 2): severity of "${title}"` : `Change severity${current ? ` (now ${current})` : ''}`;
  return (
    <ModalFrame rect={rect} title={heading} hint="j/k or 1-4 choose · Enter confirms · Esc cancels">
      {choices.map((choice, i) => (
        <Box key={choice.severity} flexDirection="column">
          <Text wrap="truncate-end" inverse={i === index}>
            {i === index ? '› ' : '  '}
            {i + 1} <Text {...SEVERITY_STYLE[choice.severity]}> {choice.severity} </Text> <Text bold>{choice.label}</Text>
            <Text dimColor> {choice.commitments}</Text>
          </Text>
          <Box height={meaningLines} paddingLeft={4} overflow="hidden">
            <Text wrap={meaningLines > 1 ? 'wrap' : 'truncate-end'}>{choice.meaning}</Text>
          </Box>
        </Box>
      ))}
      <Text color="yellow" wrap="wrap">
        {ESCALATION_RULE}
      </Text>
    </ModalFrame>
  );
}
