/** Entering and leaving the console's full-screen terminal mode; leaving is safe to repeat. */

const CSI = '\u001B[';
/**
 * Alternate screen, hidden cursor, no auto-wrap (a line one column too long can never scroll the
 * screen), bracketed paste (pasted text is told apart from typed keys, so a paste never runs commands).
 */
export const ENTER_FULL_SCREEN = `${CSI}?1049h${CSI}?25l${CSI}?7l${CSI}?2004h`;
/** Everything back as the shell had it: paste mode off, auto-wrap on, cursor visible, main screen. */
export const LEAVE_FULL_SCREEN = `${CSI}?2004l${CSI}?7h${CSI}?25h${CSI}?1049l`;

interface Output {
  write(data: string): boolean;
  destroyed: boolean;
  writable: boolean;
}

interface Input {
  isTTY?: boolean;
  destroyed: boolean;
  setRawMode?: (mode: boolean) => unknown;
  pause(): unknown;
}

const writableNow = (out: Output) => !out.destroyed && out.writable;

/**
 * Switches to the alternate screen and puts the terminal in raw mode at once: keys typed before
 * the first frame are then neither echoed over the screen nor held back until Enter.
 */
export function enterFullScreen(out: Output, input: Input): void {
  if (writableNow(out)) out.write(ENTER_FULL_SCREEN);
  if (input.isTTY && !input.destroyed) input.setRawMode?.(true);
}

/** Puts the terminal back as the shell expects it: main screen, cursor, echo and line editing. */
export function restoreTerminal(out: Output, input: Input): void {
  try {
    if (writableNow(out)) out.write(LEAVE_FULL_SCREEN);
  } catch {
    // The terminal is gone (SSH dropped): nothing left to restore on it.
  }
  try {
    if (input.isTTY && !input.destroyed) input.setRawMode?.(false);
    input.pause();
  } catch {
    // Same: a vanished TTY cannot be put back into cooked mode, and need not be.
  }
}
