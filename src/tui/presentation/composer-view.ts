/** What the composer's preview and result steps show, as lines fitted to the dialog. Pure. */
import { formatLintWarning, lintUpdate } from '../../domain/comms/update-lint.js';
import type { ComposerFields } from '../state/composer-flow.js';
import { wrapRows } from './text-editor.js';

export type ComposerLineTone = 'normal' | 'heading' | 'ok' | 'warning' | 'bad' | 'muted';

export interface ComposerLine {
  text: string;
  tone: ComposerLineTone;
  selected?: boolean;
}

/** Whole rows kept for the text in the preview, however many warnings there are. */
const MIN_TEXT_ROWS = 3;

/**
 * The preview: lint warnings first (they decide whether to post), then the targets to tick,
 * then as much of the text as fits, wrapped to the dialog's width. `now` dates the next-update time.
 */
export function previewLines(
  modal: Pick<ComposerFields, 'text' | 'updateKind' | 'audience' | 'targets' | 'targetIndex'>,
  targetTypes: ReadonlyMap<string, string>,
  width: number,
  height: number,
  now: Date,
): ComposerLine[] {
  const warnings = lintUpdate({ text: modal.text, kind: modal.updateKind, audience: modal.audience, now });
  const lines: ComposerLine[] = [];
  if (warnings.length === 0) lines.push({ text: 'Lint: reads well (no warnings)', tone: 'ok' });
  else lines.push({ text: `Lint: ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (P posts anyway; they are recorded)`, tone: 'warning' });
  for (const warning of warnings) lines.push({ text: `  ! ${formatLintWarning(warning)}`, tone: 'warning' });
  lines.push({ text: 'Targets (Space ticks):', tone: 'heading' });
  if (modal.targets.length === 0) lines.push({ text: '  none configured: add comms.targets to warroom.yaml', tone: 'bad' });
  modal.targets.forEach((target, index) => {
    const type = targetTypes.get(target.name) ?? '';
    const selected = index === modal.targetIndex;
    lines.push({ text: `${selected ? '›' : ' '} [${target.selected ? 'x' : ' '}] ${target.name.padEnd(12)} ${type}`, tone: 'normal', selected });
  });
  lines.push({ text: 'Text:', tone: 'heading' });
  const room = Math.max(MIN_TEXT_ROWS, height - lines.length);
  const text = wrapRows(modal.text, Math.max(10, width - 2));
  const shown = text.length > room ? text.slice(0, room - 1) : text;
  for (const row of shown) lines.push({ text: `  ${row}`, tone: 'normal' });
  if (shown.length < text.length) lines.push({ text: `  … ${text.length - shown.length} more lines (e to see them in the editor)`, tone: 'muted' });
  return lines.slice(0, height);
}

/** The result step: one line per target (ok or the error), and what happens to the text. */
export function resultLines(modal: Pick<ComposerFields, 'results' | 'error' | 'targets' | 'updateKind' | 'audience'>): ComposerLine[] {
  if (!modal.results) {
    const names = modal.targets.filter((t) => t.selected).map((t) => t.name);
    return [{ text: `Posting the ${modal.updateKind}/${modal.audience} update to ${names.join(', ')}…`, tone: 'normal' }];
  }
  if (modal.error) {
    return [
      { text: `Not posted: ${modal.error}`, tone: 'bad' },
      { text: 'The text is kept as a draft: r goes back to the preview, c offers it again later.', tone: 'normal' },
    ];
  }
  const failed = modal.results.filter((r) => !r.ok).length;
  const lines: ComposerLine[] = [
    failed === 0
      ? { text: `Posted the ${modal.updateKind}/${modal.audience} update to ${modal.results.length} target${modal.results.length === 1 ? '' : 's'}.`, tone: 'ok' }
      : { text: `${failed} of ${modal.results.length} targets failed.`, tone: 'bad' },
  ];
  for (const result of modal.results) {
    const detail = result.ok ? (result.detail ?? '') : (result.error ?? 'failed');
    lines.push({ text: `  ${result.ok ? 'ok  ' : 'FAIL'}  ${result.target.padEnd(12)} ${detail}${result.durationMs === undefined ? '' : ` (${result.durationMs} ms)`}`, tone: result.ok ? 'ok' : 'bad' });
  }
  if (failed > 0) lines.push({ text: 'The text is kept as a draft: r retries the failed targets; c offers it again later.', tone: 'normal' });
  return lines;
}
