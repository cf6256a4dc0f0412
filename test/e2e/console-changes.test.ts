/**
 * The built console in a real pseudo-terminal over a real git repository and deploy history:
 * the Recent changes pane shows the detection marker and the last deploy as the suspect
 * "10 min before detection", Enter shows the commit's stat, m records the mark on the
 * timeline (read back from the store), w widens the window. Needs `npm run build` first.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EventStore } from '../../src/store/event-store.js';
import { createConsoleSandbox, requireFreshBuild, type ConsoleSandbox } from '../helpers/console-pty.js';
import { createTestRepo } from '../helpers/git-repo.js';

let sandbox: ConsoleSandbox | undefined;
beforeAll(() => requireFreshBuild());
afterEach(async () => {
  await sandbox?.cleanup();
  sandbox = undefined;
});

const CONFIG = `service: shop
changes:
  git:
    - path: api
      label: api
  deploys:
    - file: deploys.jsonl
      label: prod
`;

describe('Recent changes in the console', () => {
  it('marks detection, flags the last deploy 10 min before it, shows a commit stat, records the mark and widens the window', async () => {
    sandbox = await createConsoleSandbox(CONFIG);
    // Whole minutes, a minute ago: the times read the same on the screen as here.
    const detectedMs = Math.floor(Date.now() / 60_000) * 60_000 - 60_000;
    const iso = (minutesBefore: number) => new Date(detectedMs - minutesBefore * 60_000).toISOString();
    const repo = await createTestRepo('api', sandbox.dir);
    const hash = await repo.commit('Split price columns', iso(30), { 'prices.sql': 'alter table' });
    await writeFile(
      join(sandbox.dir, 'deploys.jsonl'),
      `${JSON.stringify({ at: iso(180), service: 'api', version: 'v1', actor: 'ci' })}\n${JSON.stringify({ at: iso(10), service: 'api', version: 'v2', actor: 'ci', description: 'New pricing' })}\n`,
    );
    const declared = await sandbox.cli(['declare', '--title', 'Checkout returns 502', '--severity', 'SEV2', '--detected-at', iso(0)]);
    expect(declared.code, declared.stderr).toBe(0);

    const term = sandbox.open({ actor: 'alice', cols: 120, rows: 40 });
    await term.waitFor('Checkout returns 502', 10_000);
    term.write('2');
    const clock = iso(0).slice(11, 16);
    // Each source shows as it loads: wait for both the deploy (flagged) and the commit.
    let screen = await term.waitFor((s) => s.includes('SUSPECT 10 min before detection') && s.includes('commit Split price columns'));
    expect(screen).toContain(`── detected ${clock} UTC`);
    expect(screen).toMatch(/┏━ 2 Recent changes \(2h\)/);
    expect(screen).toMatch(/┃›>\d\d:\d\d commit Split price columns \(1…┃/);
    expect(screen).not.toContain('api v1'); // three hours back: outside the 2h window

    // The first row is the commit: Enter shows git show --stat.
    term.write('\r');
    screen = await term.waitFor('1 file changed, 1 insertion(+)');
    expect(screen).toContain(`Change git:api:${hash.slice(0, 10)}`);
    expect(screen).toMatch(/prices\.sql \| 1 \+/);
    term.write('\x1b');
    await term.waitForGone('1 file changed');

    // Down to the deploy, mark it; the timeline shows the mark and the store holds it.
    term.write('j');
    await term.waitFor(/┃›>\d\d:\d\d deploy api v2: New pricing · …┃/);
    term.write('m');
    await term.waitFor('SUSPECT MARKED 10 min before detec');
    await term.waitFor(/alice +marked deploy v2 as suspect/);
    const events = (await new EventStore({ path: sandbox.storePath, actor: 'reader' }).read()).events;
    expect(events.at(-1)).toMatchObject({ type: 'change.suspected', actor: 'alice', data: { ref: 'v2', previousRef: 'v1', service: 'api' } });

    // w widens to 4h: the deploy three hours back comes into view.
    term.write('w');
    screen = await term.waitFor('api v1 · ci');
    expect(screen).toMatch(/┏━ 2 Recent changes \(4h\)/);
    // The cursor stayed on the marked deploy although a row appeared above it.
    expect(screen).toMatch(/┃›>\d\d:\d\d deploy api v2: New pricing · …┃/);

    term.write('q');
    await term.waitFor('Quit the console?');
    term.write('y');
    expect((await term.exited).exitCode).toBe(0);
    await term.settled();
    expect(term.onAlternateScreen()).toBe(false);
  });
});
