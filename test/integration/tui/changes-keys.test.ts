/**
 * The Recent changes pane's keys through the real keymap, handlers, change service and store,
 * over a real git repository and a real deploy history file: details, marking the suspect
 * (and clearing it), widening the window, a broken source beside good ones, read-only.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changesSelection } from '../../../src/tui/panes/changes-selection.js';
import { selectIncident } from '../../../src/tui/state/selectors.js';
import { createConsoleHarness, type ConsoleHarness, type HarnessOptions } from '../../helpers/console-harness.js';
import { createTestRepo } from '../../helpers/git-repo.js';

const DETECTED = '2026-11-22T03:00:00.000Z';
let fixtureDir: string;
let harness: ConsoleHarness | undefined;
let hashes: { old: string; recent: string };

beforeAll(async () => {
  fixtureDir = await mkdtemp(join(tmpdir(), 'warroom-changes-keys-'));
  const repo = await createTestRepo('api', fixtureDir);
  hashes = {
    old: await repo.commit('Old cleanup', '2026-11-22T00:30:00Z'),
    recent: await repo.commit('Split price columns', '2026-11-22T02:20:00Z', { 'a.sql': 'x', 'b.ts': 'y' }),
  };
  await writeFile(
    join(fixtureDir, 'deploys.jsonl'),
    [
      { at: '2026-11-22T00:00:00Z', service: 'api', version: 'v1', actor: 'ci' },
      { at: '2026-11-22T02:50:00Z', service: 'api', version: 'v2', actor: 'ci', description: 'New pricing', migration: true },
    ].map((line) => JSON.stringify(line)).join('\n'),
  );
  return () => rm(fixtureDir, { recursive: true, force: true });
});

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const config = () => `changes:
  git:
    - path: ${join(fixtureDir, 'api')}
      label: api
    - path: ${fixtureDir}
      label: web
  deploys:
    - file: ${join(fixtureDir, 'deploys.jsonl')}
      label: prod
`;

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within 5 s`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** An open incident detected at 03:00, the changes pane focused and loaded. */
async function openChanges(options: HarnessOptions = {}): Promise<ConsoleHarness> {
  const h = await createConsoleHarness({ configYaml: config(), ...options });
  await h.otherWriter('bob').incidents.declare({ title: 'Checkout returns 502', severity: 'SEV2', detectedAt: DETECTED });
  await h.settle();
  h.press('enter', '2');
  await h.settle();
  return h;
}

const rowTexts = (h: ConsoleHarness) => changesSelection(h.store.getState(), h.env.loaded)!.model.rows.map((r) => r.segments.map((s) => s.text).join(''));

/** Moves the cursor onto the first row whose key is `key`. */
function select(h: ConsoleHarness, key: string): void {
  const rows = changesSelection(h.store.getState(), h.env.loaded)!.model.rows;
  const index = rows.findIndex((r) => r.key === key);
  expect(index, `no row ${key}`).toBeGreaterThanOrEqual(0);
  h.press('g', ...Array<string>(index).fill('j'));
}

describe('Recent changes pane keys', () => {
  it('loads the view relative to detection, with the broken source reported beside the good ones', async () => {
    harness = await openChanges();
    const rows = rowTexts(harness);
    expect(rows[0]).toMatch(/^✗ git web: .*not a git repository/);
    expect(rows).toContainEqual(expect.stringMatching(/^>02:20 commit Split price columns \(2 files\)/));
    expect(rows).toContain('  SUSPECT 10 min before detection · m marks it');
    expect(rows).toContainEqual(expect.stringMatching(/^ {2}caution: ran a database migration/));
    // The window is the configured 2h: the 00:30 commit is not in it.
    expect(rows.some((r) => r.includes('Old cleanup'))).toBe(false);
  });

  it('Enter shows a commit\'s git show --stat and a deploy\'s full record, scrollable, Esc closes', async () => {
    harness = await openChanges();
    select(harness, `git:api:${hashes.recent}`);
    harness.press('enter');
    await until(() => harness!.store.getState().ui.modals.at(-1)?.kind === 'change-details' && !(harness!.store.getState().ui.modals.at(-1) as { loading: boolean }).loading, 'commit details');
    const modal = harness.store.getState().ui.modals.at(-1)!;
    expect(modal).toMatchObject({ kind: 'change-details', title: `Change git:api:${hashes.recent.slice(0, 10)}` });
    const lines = (modal as { lines: string[] }).lines;
    expect(lines).toContain(`commit ${hashes.recent}`);
    expect(lines.some((l) => /2 files changed, 2 insertions\(\+\)/.test(l))).toBe(true);
    harness.press('j');
    expect((harness.store.getState().ui.modals.at(-1) as { offset: number }).offset).toBe(1);
    harness.press('esc');
    expect(harness.store.getState().ui.modals).toEqual([]);

    select(harness, 'deploy:prod:api@v2:20261122T025000Z');
    harness.press('enter');
    await until(() => !(harness!.store.getState().ui.modals.at(-1) as { loading: boolean }).loading, 'deploy details');
    expect((harness.store.getState().ui.modals.at(-1) as { lines: string[] }).lines).toEqual(expect.arrayContaining(['previous version: v1', '  migration: true', '  description: New pricing']));
  });

  it('m marks the selected change as the suspected trigger on the timeline (with its rollback target); m again clears it', async () => {
    harness = await openChanges();
    // The flag row under the deploy counts as the deploy.
    select(harness, 'deploy:prod:api@v2:20261122T025000Z/flags');
    harness.press('m');
    await harness.settle();
    let incident = selectIncident(harness.store.getState())!;
    expect(incident.events.at(-1)).toMatchObject({ type: 'change.suspected', actor: 'alice', data: { changeId: 'deploy:prod:api@v2:20261122T025000Z', ref: 'v2', previousRef: 'v1', migration: true } });
    expect(incident.suspects.map((s) => s.changeId)).toEqual(['deploy:prod:api@v2:20261122T025000Z']);
    expect(rowTexts(harness)).toContain('  SUSPECT MARKED 10 min before detection');

    harness.press('m');
    await harness.settle();
    incident = selectIncident(harness.store.getState())!;
    expect(incident.events.at(-1)).toMatchObject({ type: 'change.cleared', data: { changeId: 'deploy:prod:api@v2:20261122T025000Z' } });
    expect(incident.suspects).toEqual([]);

    harness.press('x');
    expect(harness.store.getState().ui.flash?.text).toMatch(/is not marked as a suspect/);
  });

  it('w widens the window a step and reloads, keeping the cursor on the same change; W narrows it back', async () => {
    harness = await openChanges();
    select(harness, `git:api:${hashes.recent}`);
    harness.press('w');
    await harness.settle();
    expect(changesSelection(harness.store.getState(), harness.env.loaded)!.model.info).toBe('4h');
    const rows = rowTexts(harness);
    expect(rows.some((r) => r.includes('Old cleanup'))).toBe(true);
    const selection = changesSelection(harness.store.getState(), harness.env.loaded)!;
    expect(selection.model.rows[selection.index!]!.key).toBe(`git:api:${hashes.recent}`);
    harness.press('W', 'W', 'W');
    await harness.settle();
    expect(changesSelection(harness.store.getState(), harness.env.loaded)!.model.info).toBe('30m');
    expect(rowTexts(harness).some((r) => r.includes('Split price columns'))).toBe(false);
  });

  it('read-only: viewing works, marking is refused with the reason and writes nothing', async () => {
    harness = await openChanges({ readOnly: true });
    const before = selectIncident(harness.store.getState())!.events.length;
    select(harness, 'deploy:prod:api@v2:20261122T025000Z');
    harness.press('m');
    await harness.settle();
    expect(harness.store.getState().ui.flash?.text).toBe('m mark suspect: disabled, this console is read-only (--read-only)');
    expect(selectIncident(harness.store.getState())!.events).toHaveLength(before);
    harness.press('enter');
    expect(harness.store.getState().ui.modals.at(-1)?.kind).toBe('change-details');
  });
});
