/**
 * Colour for CLI output on a terminal. chalk turns itself off when stdout is not a TTY or
 * NO_COLOR is set, so piped output and scripts get plain text.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { CheckStatus } from '../domain/events.js';
import type { Severity } from '../domain/severity.js';

let chalk: ChalkInstance = new Chalk();

/** Forces a colour level (tests); 0 means plain text. */
export function setColourLevel(level: 0 | 1 | 2 | 3): void {
  chalk = new Chalk({ level });
}

const STATUS_COLOURS: Record<CheckStatus, (text: string) => string> = {
  OK: (t) => chalk.green(t),
  WARNING: (t) => chalk.yellow(t),
  CRITICAL: (t) => chalk.bold.red(t),
  UNKNOWN: (t) => chalk.magenta(t),
};

const SEVERITY_COLOURS: Record<Severity, (text: string) => string> = {
  SEV1: (t) => chalk.bold.white.bgRed(t),
  SEV2: (t) => chalk.bold.red(t),
  SEV3: (t) => chalk.yellow(t),
  SEV4: (t) => chalk.cyan(t),
};

/** `text` in the colour of a check state (the text may be padded; the padding stays uncoloured-safe). */
export function paintStatus(status: CheckStatus, text: string = status): string {
  return STATUS_COLOURS[status](text);
}

/** `text` in the colour of a severity. */
export function paintSeverity(severity: Severity, text: string = severity): string {
  return SEVERITY_COLOURS[severity](text);
}

/** Red for something overdue or suspect that needs attention now. */
export function paintAlert(text: string): string {
  return chalk.bold.red(text);
}

/** Dimmed secondary text. */
export function paintDim(text: string): string {
  return chalk.dim(text);
}
