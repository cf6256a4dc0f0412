/** Stand-ins for a terminal's streams, for tests of code that writes to and reads from one. */
import { EventEmitter } from 'node:events';

/** A terminal's output: records writes; set `destroyed`/`writable` to act like a dropped pty. */
export class RecordingTerminal extends EventEmitter {
  columns = 80;
  rows = 24;
  isTTY = true;
  destroyed = false;
  writable = true;
  writableEnded = false;
  writableLength = 0;
  written = '';
  write(data: string, callback?: () => void): boolean {
    this.written += data;
    if (callback) setImmediate(callback);
    return true;
  }
  /** Everything written since the last call. */
  take(): string {
    const all = this.written;
    this.written = '';
    return all;
  }
}

/** A terminal's input in the shape Ink reads (readable + read()); keys are pushed with `type`. */
export class KeyboardInput extends EventEmitter {
  isTTY = true;
  destroyed = false;
  raw = false;
  private pending: string | null = null;
  setRawMode(mode: boolean) {
    this.raw = mode;
    return this;
  }
  setEncoding() {}
  ref() {}
  unref() {}
  pause() {}
  resume() {}
  read(): string | null {
    const data = this.pending;
    this.pending = null;
    return data;
  }
  type(data: string) {
    this.pending = data;
    this.emit('readable');
  }
}
