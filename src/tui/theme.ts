/** Colours, in one place. Meaning never rests on colour alone: every coloured state also has a word. */
import type { LineTone } from '../domain/actions/preflight-lines.js';
import type { Severity } from '../domain/severity.js';
import type { RowTone } from './panes/pane-row.js';
import type { FlashTone } from './state/console-state.js';

export interface TextStyle {
  color?: string;
  backgroundColor?: string;
  bold?: boolean;
  dimColor?: boolean;
  inverse?: boolean;
}

export const SEVERITY_STYLE: Record<Severity, TextStyle> = {
  SEV1: { color: 'white', backgroundColor: 'red', bold: true },
  SEV2: { color: 'black', backgroundColor: 'yellow', bold: true },
  SEV3: { color: 'yellow', bold: true },
  SEV4: { color: 'gray' },
};

export const TONE_STYLE: Record<RowTone, TextStyle> = {
  normal: {},
  ok: { color: 'green' },
  warning: { color: 'yellow' },
  critical: { color: 'red', bold: true },
  unknown: { color: 'magenta' },
  muted: { dimColor: true },
  alarm: { color: 'red' },
  accent: { color: 'cyan' },
};

/** Lines of a dialog built from domain lines (preflights, resolve verdicts). */
export const LINE_TONE_STYLE: Record<LineTone, TextStyle> = {
  normal: TONE_STYLE.normal,
  dim: TONE_STYLE.muted,
  ok: TONE_STYLE.ok,
  warn: TONE_STYLE.warning,
  bad: TONE_STYLE.critical,
};

export const FLASH_STYLE: Record<FlashTone, TextStyle> = {
  info: { color: 'cyan' },
  success: { color: 'green' },
  warning: { color: 'yellow' },
  error: { color: 'red', bold: true },
};

export const FOCUS_COLOR = 'cyan';
export const BLUR_COLOR = 'gray';
