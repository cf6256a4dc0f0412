/**
 * Text from the event log and the config reaches the screen as printable text only: a note, a
 * title, an actor or a configured label carrying escape sequences (window title, OSC 52 clipboard,
 * colours, cursor moves) or control characters shows its words, and the frame holds no escape but
 * the renderer's own colours. Rows stay in line, wide characters in an actor name included.
 */
import { describe, expect, it } from 'vitest';
import { addNote, assignRole } from '../../../src/domain/incident-commands.js';
import { displayWidth } from '../../../src/tui/presentation/printable-text.js';
import { consoleFixtures } from '../../helpers/render-console.js';

const fixtures = consoleFixtures();

const ESC = '\u001b';
/** The renderer's own output: SGR colour sequences only. */
// eslint-disable-next-line no-control-regex -- escape sequences are what this test is about
const RENDERER_SGR = /\u001b\[[0-9;]*m/g;
// A colour the console itself never uses, so finding it means the injected one got through.
const INJECTED = {
  title: `Checkout ${ESC}]0;pwned\u0007502`,
  actor: `mallory${ESC}[5;38;5;201m`,
  note: `INJ ${ESC}]52;c;cHduZWQ=\u0007clip ${ESC}[5;38;5;201mblink${ESC}[0m\tTAB \u009b2J c1 ${ESC}[2J${ESC}[H moved\u0007 end`,
  role: `eve${ESC}]0;title\u0007`,
};
const CONFIG = `service: "shop \\e]0;svc\\a"\nseverities:\n  SEV2:\n    label: "Major \\e[5;38;5;201mX"\n`;

function expectPrintable(frame: string) {
  const rest = frame.replace(RENDERER_SGR, '');
  expect(rest.includes(ESC), `an escape other than SGR in:\n${JSON.stringify(rest)}`).toBe(false);
  // eslint-disable-next-line no-control-regex
  expect(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(rest)).toBe(false);
  expect(frame).not.toContain('38;5;201');
}

describe('text from the store and the config on screen', () => {
  it('is shown as printable text only, in line', async () => {
    const harness = await fixtures.harness({ configYaml: CONFIG, viewport: { columns: 100, rows: 30 } });
    const mallory = harness.otherWriter(INJECTED.actor);
    await mallory.incidents.declare({ title: INJECTED.title, severity: 'SEV2' });
    await mallory.incidents.record('INC-1', (incident) => [...addNote(incident, INJECTED.note), ...assignRole(incident, 'comms', INJECTED.role)]);
    await harness.otherWriter('日本語テスト👍').incidents.record('INC-1', (incident) => addNote(incident, 'wide actor'));
    await harness.settle();
    const view = fixtures.render(harness);
    const start = await view.waitFor('INC-1');
    expectPrintable(start);
    expect(start).toMatch(/^Warroom · shop$/m);

    harness.press('enter');
    const frame = await view.waitFor('wide actor');
    expectPrintable(frame);
    expect(frame).toMatch(/^INC-1 +SEV2 +Major X Checkout 502/);
    expect(frame).toContain('Comms eve ');
    expect(frame).toMatch(/note: INJ clip blink TAB +c1 +moved end/);
    // Every row is exactly the terminal's width: nothing pushed the borders out of line.
    const rows = frame.replace(RENDERER_SGR, '').split('\n');
    for (const row of rows.filter((r) => r.startsWith('┃'))) expect(displayWidth(row)).toBe(100);
    // The descriptions start in the same column after a wide-character actor as after a plain one.
    const noteColumns = rows.filter((r) => r.includes('note:')).map((r) => displayWidth(r.slice(0, r.indexOf('note:'))));
    expect(noteColumns).toHaveLength(2);
    expect(new Set(noteColumns).size).toBe(1);
  });
});
