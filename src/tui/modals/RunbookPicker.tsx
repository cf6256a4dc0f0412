/** The runbook picker (p in the Checklist pane): every runbook, whether it is a checklist, and whether it is on this incident's. */
import { Text } from '../components/Text.js';
import { checklistEntries } from '../../domain/checklist/checklist-sources.js';
import type { IncidentState } from '../../domain/incident-state.js';
import { useCommandEnv } from '../commands/command-env-context.js';
import { dialogContentHeight, type Rect } from '../presentation/layout.js';
import { visibleWindow } from '../presentation/list-window.js';
import { runbookChoices, runbookChoiceSegments } from '../presentation/runbook-choices.js';
import type { RunbookPickerModal } from '../state/checklist-modals.js';
import { TONE_STYLE } from '../theme.js';
import { ModalFrame } from './ModalFrame.js';

/** Lists the runbooks in a window around the selection. */
export function RunbookPicker({ rect, modal, incident }: { rect: Rect; modal: RunbookPickerModal; incident: IncidentState }) {
  const { loaded } = useCommandEnv();
  const choices = runbookChoices(modal.listing ?? [], checklistEntries(loaded.config.runbooks, incident));
  // One line for the explanation under the title.
  const height = dialogContentHeight(rect) - 1;
  const window = visibleWindow({ selected: modal.index, offset: Math.max(0, modal.index - height + 1) }, choices.length, height, 'top');
  return (
    <ModalFrame rect={rect} title={`Runbooks for ${incident.id}`} hint="j/k move · Enter attaches (a document opens to read) · v reads · a attaches any · Esc closes">
      <Text dimColor wrap="truncate-end">
        ✓ = on the checklist already. Attaching is recorded with the file's version.
      </Text>
      {modal.error !== undefined ? (
        <Text color="red" wrap="wrap">
          {modal.error}
        </Text>
      ) : modal.listing === undefined ? (
        <Text dimColor>reading the runbooks…</Text>
      ) : choices.length === 0 ? (
        <Text dimColor wrap="wrap">
          No runbooks found: set `runbooks.dir` in warroom.yaml, or keep `runbooks.shipped: true`.
        </Text>
      ) : (
        choices.slice(window.start, window.end).map((choice, i) => {
          const selected = window.start + i === window.selected;
          return (
            <Text key={choice.name} wrap="truncate-end" inverse={selected}>
              {selected ? '›' : ' '}
              {runbookChoiceSegments(choice).map((segment, j) => (
                <Text key={j} {...TONE_STYLE[segment.tone]}>
                  {segment.text}
                </Text>
              ))}
            </Text>
          );
        })
      )}
    </ModalFrame>
  );
}
