/** The composer's preview (lint, targets, text) and result (one line per target) steps. */
import { Text } from '../../components/Text.js';
import { useCommandEnv } from '../../commands/command-env-context.js';
import { previewLines, resultLines, type ComposerLineTone } from '../../presentation/composer-view.js';
import { dialogContentHeight, type Rect } from '../../presentation/layout.js';
import type { ComposerModal } from '../../state/composer-flow.js';
import { useConsoleState } from '../../state/console-store.js';
import { TONE_STYLE, type TextStyle } from '../../theme.js';
import { ModalFrame } from '../ModalFrame.js';

const STYLE: Record<ComposerLineTone, TextStyle> = {
  normal: TONE_STYLE.normal,
  heading: { bold: true, color: 'cyan' },
  ok: TONE_STYLE.ok,
  warning: TONE_STYLE.warning,
  bad: TONE_STYLE.critical,
  muted: TONE_STYLE.muted,
};

/** Preview or result, depending on the step. */
export function ComposerLines({ rect, modal }: { rect: Rect; modal: ComposerModal }) {
  const { loaded } = useCommandEnv();
  const now = useConsoleState((s) => s.now);
  const types = new Map(loaded.config.comms.targets.map((t) => [t.name, t.type]));
  const preview = modal.kind === 'compose-preview';
  const lines = preview ? previewLines(modal, types, rect.width - 4, dialogContentHeight(rect), new Date(now)) : resultLines(modal);
  const what = `${modal.updateKind}/${modal.audience} update for ${modal.incidentId}`;
  const title = preview ? `Preview: ${what}` : modal.results ? `Posted: ${what}` : `Posting: ${what}`;
  const hint = preview ? 'p/Enter post · P post despite warnings · j/k Space targets · e/Esc edit · U history' : 'Enter/Esc close · r retry failed targets';
  return (
    <ModalFrame rect={rect} title={title} hint={hint}>
      {lines.map((line, i) => (
        <Text key={i} wrap="truncate-end" inverse={line.selected === true} {...STYLE[line.tone]}>
          {line.text}
        </Text>
      ))}
    </ModalFrame>
  );
}
