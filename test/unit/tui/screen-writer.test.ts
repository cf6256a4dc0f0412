import { describe, expect, it } from 'vitest';
import { BEGIN_SYNC, END_SYNC, ScreenWriter } from '../../../src/tui/terminal/screen-writer.js';
import { RecordingTerminal } from '../../helpers/terminal-streams.js';

const setup = () => {
  const terminal = Object.assign(new RecordingTerminal(), { columns: 20, rows: 5 });
  // Callbacks run at once here, so a test can count them synchronously.
  terminal.write = (data: string, callback?: () => void) => {
    terminal.written += data;
    callback?.();
    return true;
  };
  return { terminal, writer: new ScreenWriter(terminal) };
};

describe('ScreenWriter', () => {
  it('paints the first frame row by row with absolute positions and clears what is below', () => {
    const { terminal, writer } = setup();
    writer.write('a\nb\n');
    expect(terminal.take()).toBe(`${BEGIN_SYNC}\u001B[1;1H\u001B[2Ka\u001B[2;1H\u001B[2Kb\u001B[3;1H\u001B[J${END_SYNC}`);
  });

  it('then sends only the rows that changed', () => {
    const { terminal, writer } = setup();
    writer.write('header\nclock 1\nbody\n');
    terminal.take();
    writer.write('\u001B[2K\u001B[1A\u001B[2K\u001B[1A\u001B[2K\u001B[Gheader\nclock 2\nbody\n');
    expect(terminal.take()).toBe(`${BEGIN_SYNC}\u001B[2;1H\u001B[2Kclock 2${END_SYNC}`);
    writer.write('header\nclock 2\nbody\n');
    expect(terminal.take()).toBe('');
  });

  it('erases rows a shorter frame no longer uses', () => {
    const { terminal, writer } = setup();
    writer.write('a\nb\nc\n');
    terminal.take();
    writer.write('a\n');
    expect(terminal.take()).toBe(`${BEGIN_SYNC}\u001B[2;1H\u001B[2K\u001B[3;1H\u001B[2K${END_SYNC}`);
  });

  it('drops control-only writes (the writer owns the cursor) but keeps their callbacks', () => {
    const { terminal, writer } = setup();
    let called = 0;
    writer.write('\u001B[?25l');
    writer.write('\u001B[?2026h');
    writer.write('', () => called++);
    expect(terminal.take()).toBe('');
    expect(called).toBe(1);
  });

  it('never draws below the terminal, whatever height the frame has', () => {
    const { terminal, writer } = setup();
    writer.write('1\n2\n3\n4\n5\n6\n7\n');
    const out = terminal.take();
    expect(out).toContain('\u001B[5;1H');
    expect(out).not.toContain('\u001B[6;1H');
  });

  it('repaints every row after a resize, and never sends a full-screen clear', async () => {
    const { terminal, writer } = setup();
    let resized = 0;
    writer.on('resize', () => resized++);
    writer.write('a\nb\n');
    terminal.take();
    terminal.emit('resize');
    expect(resized).toBe(1);
    writer.write('a\nb\n');
    const out = terminal.take();
    expect(out).toContain('\u001B[1;1H\u001B[2Ka');
    expect(out).toContain('\u001B[2;1H\u001B[2Kb');
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/\u001B\[[23]J|\u001Bc/);
    writer.close();
  });

  it('repaints on request (Ctrl-L) from what it last drew', () => {
    const { terminal, writer } = setup();
    writer.write('a\nb\n');
    terminal.take();
    writer.repaint();
    expect(terminal.take()).toBe(`${BEGIN_SYNC}\u001B[1;1H\u001B[2Ka\u001B[2;1H\u001B[2Kb\u001B[3;1H\u001B[J${END_SYNC}`);
  });

  it('stops writing once the terminal is gone, without throwing', () => {
    const { terminal, writer } = setup();
    terminal.destroyed = true;
    expect(writer.write('a\n')).toBe(false);
    expect(terminal.take()).toBe('');
  });
});
