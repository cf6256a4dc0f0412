/** Chooses a severity, showing what each level means and commits to, and the rule: when in doubt, escalate. */
import { ESCALATION_RULE } from '../../domain/severity.js';
import { useCommandEnv } from '../commands/command-env-context.js';
import { Text } from '../components/Text.js';
import { severityChoices } from '../presentation/choices.js';
import { dialogContentHeight, type Rect } from '../presentation/layout.js';
import { severityPickerRows, type PickerSegment, type PickerTone } from '../presentation/severity-picker-rows.js';
import { dialogTextWidth } from '../presentation/text-lines.js';
import { SEVERITY_STYLE, type TextStyle } from '../theme.js';
import { ModalFrame } from './ModalFrame.js';

const TONE_STYLE: Record<Exclude<PickerTone, 'badge'>, TextStyle> = { label: { bold: true }, dim: { dimColor: true }, rule: { color: 'yellow' }, plain: {} };

function segmentStyle(segment: PickerSegment): TextStyle {
  if (segment.tone !== 'badge') return TONE_STYLE[segment.tone];
  return segment.severity ? SEVERITY_STYLE[segment.severity] : {};
}

/** `title` set: the second step of declaring; else a severity change of the open incident. */
export function SeverityPicker({ rect, index, title, current }: { rect: Rect; index: number; title?: string | undefined; current?: string | undefined }) {
  const { loaded } = useCommandEnv();
  const rows = severityPickerRows(severityChoices(loaded.policies), index, dialogTextWidth(rect.width), dialogContentHeight(rect), ESCALATION_RULE);
  const heading = title !== undefined ? `Declare an incident (2 of 2): severity of "${title}"` : `Change severity${current ? ` (now ${current})` : ''}`;
  return (
    <ModalFrame rect={rect} title={heading} hint="j/k or 1-4 choose · Enter confirms · Esc cancels">
      {rows.map((row, i) => (
        <Text key={i} wrap="truncate-end" inverse={row.selected}>
          {row.segments.map((segment, j) => (
            <Text key={j} {...segmentStyle(segment)}>
              {segment.text}
            </Text>
          ))}
        </Text>
      ))}
    </ModalFrame>
  );
}
