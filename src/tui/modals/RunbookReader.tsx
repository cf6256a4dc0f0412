/** A runbook as written, to read and scroll: rollback rules, mitigation options, the severity guide... */
import { useMemo } from 'react';
import type { Rect } from '../presentation/layout.js';
import { runbookReaderLines } from '../presentation/runbook-reader-lines.js';
import type { RunbookReaderModal } from '../state/checklist-modals.js';
import { TextLinesDialog } from './TextLinesDialog.js';

/** Shows the file from the modal's offset; "reading…" until it is loaded, or why it cannot be. */
export function RunbookReader({ rect, modal }: { rect: Rect; modal: RunbookReaderModal }) {
  const lines = useMemo(
    () =>
      modal.error !== undefined
        ? [{ text: modal.error, tone: 'critical' as const }]
        : modal.text === undefined
          ? [{ text: 'reading…', tone: 'muted' as const }]
          : runbookReaderLines(modal.text),
    [modal.text, modal.error],
  );
  return <TextLinesDialog rect={rect} title={`${modal.title} (${modal.name})`} lines={lines} offset={modal.offset} keys="j/k scroll · Space pages · g/G top/end · Esc closes" />;
}
