/**
 * The stream Ink renders into. Ink hands over whole frames; this writes only the rows that
 * changed, each addressed absolutely (row;column) inside one synchronized update.
 *
 * Why not Ink's own `incrementalRendering`: in Ink 6.8 it moves the cursor relative to where it
 * believes the previous frame ended, and for frames that end in a newline (every frame shorter
 * than the terminal, which the console must be) it lands one row low, so each update draws over
 * the line below. Absolute addressing cannot drift, a resize or Ctrl-L repaints exactly, and no
 * full-screen clear is ever sent.
 */
import { EventEmitter } from 'node:events';

/** The parts of a terminal output stream the writer needs. */
export interface TerminalOutput {
  columns?: number;
  rows?: number;
  destroyed: boolean;
  writable: boolean;
  writableEnded: boolean;
  writableLength: number;
  write(data: string, callback?: (error?: Error | null) => void): boolean;
  on(event: 'resize', listener: () => void): unknown;
  off(event: 'resize', listener: () => void): unknown;
}

const ESC = '\u001B[';
export const BEGIN_SYNC = `${ESC}?2026h`;
export const END_SYNC = `${ESC}?2026l`;
const ERASE_LINE = `${ESC}2K`;
const ERASE_BELOW = `${ESC}J`;
const moveTo = (row: number) => `${ESC}${row};1H`;

/** Writes made only of control sequences (cursor show/hide, erase, synchronized-update markers). */
// eslint-disable-next-line no-control-regex
const CONTROL_ONLY = /^(?:\u001B\[[0-9;?]*[A-Za-z])*$/;
/** What Ink puts before a frame to wipe the previous one (erase lines, cursor up, clear screen). */
// eslint-disable-next-line no-control-regex
const FRAME_PREAMBLE = /^(?:\u001B\[(?:2K|1A|G|2J|3J|H|0f))*/;

export class ScreenWriter extends EventEmitter {
  /** Rows as they are on the terminal now. */
  private lines: string[] = [];
  private repaintNeeded = true;
  private repaintTimer: NodeJS.Timeout | undefined;
  private readonly onResize = () => {
    this.repaintNeeded = true;
    this.emit('resize');
    // Ink re-renders on resize; if its frame did not change, repaint what we have.
    clearTimeout(this.repaintTimer);
    this.repaintTimer = setTimeout(() => {
      if (this.repaintNeeded) this.repaint();
    }, 50);
  };

  constructor(private readonly out: TerminalOutput) {
    super();
    out.on('resize', this.onResize);
  }

  get columns(): number {
    return this.out.columns || 80;
  }

  get rows(): number {
    return this.out.rows || 24;
  }

  readonly isTTY = true;

  get destroyed(): boolean {
    return this.out.destroyed;
  }

  get writable(): boolean {
    return this.out.writable;
  }

  get writableEnded(): boolean {
    return this.out.writableEnded;
  }

  get writableLength(): number {
    return this.out.writableLength;
  }

  /** Ink's entry point: frames are diffed, control-only writes are dropped (this writer owns the cursor). */
  write(chunk: string | Uint8Array, encodingOrCallback?: unknown, callback?: unknown): boolean {
    const done = (typeof encodingOrCallback === 'function' ? encodingOrCallback : callback) as ((error?: Error | null) => void) | undefined;
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    if (text === '' || CONTROL_ONLY.test(text)) return this.send('', done);
    const frame = text.replace(FRAME_PREAMBLE, '');
    return this.send(this.diff(frame), done);
  }

  /** Redraws every row (Ctrl-L, or after a resize). */
  repaint(): void {
    this.repaintNeeded = true;
    this.send(this.diff(this.lines.join('\n')));
  }

  /**
   * Sends a sequence that draws nothing (the bell, an OSC 52 clipboard write) in order with the
   * frames, never inside one; the rows on screen and the diff against them stay as they were.
   */
  control(data: string, done?: (error?: Error | null) => void): boolean {
    return this.send(data, done);
  }

  /** Stops listening to the terminal. */
  close(): void {
    clearTimeout(this.repaintTimer);
    this.out.off('resize', this.onResize);
  }

  private diff(frame: string): string {
    const body = frame.endsWith('\n') ? frame.slice(0, -1) : frame;
    // Never draw below the terminal: a frame taller than the screen would scroll it.
    const next = body.split('\n').slice(0, this.rows);
    const repaint = this.repaintNeeded;
    this.repaintNeeded = false;
    const parts: string[] = [];
    next.forEach((line, index) => {
      if (!repaint && this.lines[index] === line) return;
      parts.push(moveTo(index + 1), ERASE_LINE, line);
    });
    if (repaint) {
      if (next.length < this.rows) parts.push(moveTo(next.length + 1), ERASE_BELOW);
    } else {
      for (let index = next.length; index < this.lines.length; index++) parts.push(moveTo(index + 1), ERASE_LINE);
    }
    this.lines = next;
    return parts.length === 0 ? '' : BEGIN_SYNC + parts.join('') + END_SYNC;
  }

  private send(data: string, done?: (error?: Error | null) => void): boolean {
    if (this.out.destroyed || !this.out.writable) {
      if (done) setImmediate(done);
      return false;
    }
    try {
      return done ? this.out.write(data, done) : data === '' ? true : this.out.write(data);
    } catch (error) {
      // A terminal that went away (EIO) surfaces as an 'error' event on the stream; the
      // session's shutdown path handles it. Never let a frame write throw into React.
      if (done) setImmediate(() => done(error as Error));
      return false;
    }
  }
}
