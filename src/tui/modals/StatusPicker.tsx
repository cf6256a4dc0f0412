/** Chooses the incident's public status (investigating, identified, monitoring). */
import { Text } from '../components/Text.js';
import { statusChoices } from '../presentation/choices.js';
import type { Rect } from '../presentation/layout.js';
import { ModalFrame } from './ModalFrame.js';

/** One row per status with what it tells readers of the status page. */
export function StatusPicker({ rect, index, current }: { rect: Rect; index: number; current: string }) {
  return (
    <ModalFrame rect={rect} title={`Set status (now ${current})`} hint="j/k or 1-3 choose · Enter confirms · Esc cancels">
      {statusChoices().map((choice, i) => (
        <Text key={choice.status} wrap="truncate-end" inverse={i === index}>
          {i === index ? '› ' : '  '}
          {i + 1} <Text bold>{choice.status.padEnd(14)}</Text>
          {choice.meaning}
          {choice.status === current ? <Text dimColor> (current)</Text> : ''}
        </Text>
      ))}
      <Text dimColor wrap="wrap">
        {'\n'}Resolved is not picked here: R on the incident screen resolves, after re-running every check.
      </Text>
    </ModalFrame>
  );
}
