/**
 * The built console in a real pseudo-terminal with content far wider than its panes (a long
 * title, check and notes), at the larger layouts: every pane keeps both side borders on every
 * row, so nothing spills into its neighbour. (80x24 and 100x30, with wide characters too, are
 * in test/component/tui/incident-screen.test.tsx.) Needs `npm run build` first.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleSandbox, requireFreshBuild, type ConsoleSandbox } from '../helpers/console-pty.js';

let sandbox: ConsoleSandbox | undefined;
beforeAll(() => requireFreshBuild());
afterEach(async () => {
  await sandbox?.cleanup();
  sandbox = undefined;
});

const LONG = 'x'.repeat(260);
const CONFIG = `service: shop
checks:
  - name: db-${LONG.slice(0, 80)}
    command: [pg_isready, -h, ${LONG}]
`;

describe('long content in the console', () => {
  for (const [cols, rows] of [[120, 40], [200, 60]] as const) {
    it(`stays inside its pane at ${cols}x${rows}`, async () => {
      sandbox = await createConsoleSandbox(CONFIG);
      expect((await sandbox.cli(['declare', '--title', `Checkout ${LONG}`, '--severity', 'SEV2'])).code).toBe(0);
      expect((await sandbox.cli(['note', `upstream ${LONG} ${LONG}`])).code).toBe(0);
      const term = sandbox.open({ actor: 'alice', cols, rows });
      await term.waitFor((s) => s.includes('note: upstream') && s.includes('Checklist ('), 10_000);
      const lines = term.lines();
      for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(cols);
      for (const [top, line] of lines.entries()) {
        const corners = [...line].flatMap((char, column) => ('╭┏'.includes(char) ? [column] : []));
        for (const left of corners) {
          const right = [...line].findIndex((char, column) => column > left && '╮┓'.includes(char));
          for (let row = top + 1; row < lines.length && !'╰┗'.includes(lines[row]![left] ?? ''); row++) {
            expect('│┃', `row ${row}, column ${left}: ${lines[row]}`).toContain(lines[row]![left]);
            expect('│┃', `row ${row}, column ${right}: ${lines[row]}`).toContain(lines[row]![right]);
          }
        }
      }
    });
  }
});
