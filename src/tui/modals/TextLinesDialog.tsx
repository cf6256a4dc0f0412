/** A dialog of styled text lines, wrapped to its width and scrolled by an offset (item details, a runbook being read). */
import { Text } from '../components/Text.js';
import { dialogContentHeight, type Rect } from '../presentation/layout.js';
import { dialogTextWidth, textWindow, wrapLines, type LineTone, type StyledLine } from '../presentation/text-lines.js';
import { TONE_STYLE, type TextStyle } from '../theme.js';
import { ModalFrame } from './ModalFrame.js';

const LINE_STYLE: Record<LineTone, TextStyle> = { ...TONE_STYLE, heading: { bold: true }, code: {} };

/** `keys` says what the keys do here; the position and "Space pages" are added when the text scrolls. */
export function TextLinesDialog({ rect, title, lines, offset, keys }: { rect: Rect; title: string; lines: readonly StyledLine[]; offset: number; keys: string }) {
  const view = textWindow(wrapLines(lines, dialogTextWidth(rect.width)), offset, dialogContentHeight(rect));
  const more = view.below > 0 ? `${view.below} more below · ` : '';
  return (
    <ModalFrame rect={rect} title={title} hint={`${view.position}${more}${keys}`}>
      {view.lines.map((line, i) => (
        // Code keeps its spaces exactly; an empty line still takes its row.
        <Text key={view.start + i} wrap="truncate-end" {...LINE_STYLE[line.tone]}>
          {line.text || ' '}
        </Text>
      ))}
    </ModalFrame>
  );
}
