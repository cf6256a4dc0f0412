/** The multi-line editor of a status update; keys reach it through the console's one dispatcher. */
import { Box } from 'ink';
import { Text } from '../../components/Text.js';
import { dialogContentHeight, type Rect } from '../../presentation/layout.js';
import { editorRows } from '../../presentation/text-editor.js';
import type { ComposerModal } from '../../state/composer-flow.js';
import { ModalFrame } from '../ModalFrame.js';

/** Text rows with a block cursor; a status row says where the text came from and what is out of view. */
export function ComposerEditor({ rect, modal }: { rect: Rect; modal: ComposerModal }) {
  // Inside the frame: border and padding take 4 columns; one row is the status row.
  const width = Math.max(10, rect.width - 4);
  const height = Math.max(1, dialogContentHeight(rect) - 1);
  const view = editorRows(modal, width, height);
  const origin = modal.loading ? 'reading…' : modal.source === 'draft' ? `kept draft (${modal.savedAt?.slice(11, 19) ?? ''}Z)` : 'template';
  const more = [view.hiddenAbove > 0 ? `${view.hiddenAbove} rows above` : '', view.hiddenBelow > 0 ? `${view.hiddenBelow} rows below` : ''].filter(Boolean).join(', ');
  return (
    <ModalFrame
      rect={rect}
      title={`Writing the ${modal.updateKind}/${modal.audience} update for ${modal.incidentId}`}
      hint="Ctrl-S or Ctrl-D preview · Enter new line · Esc leave (asks; keeps a draft)"
    >
      <Text dimColor wrap="truncate-end">
        from {origin}
        {modal.edited ? ' · edited, saved as a draft as you type' : ''}
        {more ? ` · ${more}` : ''}
      </Text>
      <Box flexDirection="column">
        {view.rows.map((row, i) =>
          row.cursorColumn === undefined ? (
            <Text key={i} wrap="truncate-end">
              {row.text || ' '}
            </Text>
          ) : (
            <Text key={i} wrap="truncate-end">
              {row.text.slice(0, row.cursorColumn)}
              <Text inverse>{row.text.charAt(row.cursorColumn) || ' '}</Text>
              {row.text.slice(row.cursorColumn + 1)}
            </Text>
          ),
        )}
      </Box>
    </ModalFrame>
  );
}
