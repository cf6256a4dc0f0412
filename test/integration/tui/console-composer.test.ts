/**
 * The composer through the real keymap, handlers, publisher and store: posting to a file and to
 * the console's terminal (OSC 52), a failed target keeping the text for a retry, and a draft
 * surviving the editor being left, the debounce and the session ending.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepDraft } from '../../../src/comms/update-drafts.js';
import { updateDraftKey } from '../../../src/domain/comms/update-draft.js';
import { keepUnsentUpdate } from '../../../src/tui/commands/unsent-updates.js';
import { saveComposerDraft } from '../../../src/tui/commands/composer-commands.js';
import { startDraftAutosave } from '../../../src/tui/live/draft-autosave.js';
import { createConsoleHarness, type ConsoleHarness } from '../../helpers/console-harness.js';

const CONFIG = `comms:
  targets:
    - { name: log, type: file, path: status-log.md }
    - { name: clip, type: clipboard, passthrough: none }
    - { name: broken, type: command, command: [sh, -c, "echo refused >&2; exit 3"] }
  defaultTargets:
    customer: [log, clip]
    internal: [log, broken]
`;
const TEXT = 'Checkout fails for all card payments (ü). Next update in 30 minutes.';

let harness: ConsoleHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within 5 s`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const top = (h: ConsoleHarness) => h.store.getState().ui.modals.at(-1);

async function openIncident(): Promise<ConsoleHarness> {
  const h = await createConsoleHarness({ configYaml: CONFIG });
  await h.otherWriter('bob').incidents.declare({ title: 'Checkout returns 502', severity: 'SEV2' });
  await h.settle();
  h.press('enter');
  return h;
}

/** c, pick the audience, Enter, wait for the template, then replace it with `text`. */
async function write(h: ConsoleHarness, audience: 'customer' | 'internal', text: string): Promise<void> {
  h.press('c');
  await until(() => top(h)?.kind === 'compose-setup', 'the composer');
  const modal = top(h);
  if (modal?.kind === 'compose-setup' && modal.audience !== audience) h.press('j', 'l');
  h.press('enter');
  await until(() => top(h)?.kind === 'compose-edit' && !(top(h) as { loading: boolean }).loading, 'the template');
  for (let i = 0; i < 30; i++) h.press('up');
  h.press('C-a');
  for (let i = 0; i < 60; i++) h.press('C-k');
  h.type(text);
}

const drafts = async (h: ConsoleHarness) => (await h.env.incidents.store.read()).drafts;

describe('posting from the console', () => {
  it('posts to a file and to the console terminal as OSC 52, records update.posted and forgets the draft', async () => {
    harness = await openIncident();
    await write(harness, 'customer', TEXT);
    harness.press('C-s');
    expect(top(harness)?.kind).toBe('compose-preview');
    harness.press('p');
    await until(() => (top(harness!) as { results?: unknown }).results !== undefined, 'the results');
    await harness.settle();

    expect(top(harness)).toMatchObject({ kind: 'compose-result', results: [{ target: 'log', ok: true }, { target: 'clip', ok: true }] });
    const log = await readFile(join(harness.dir, 'status-log.md'), 'utf8');
    expect(log).toContain(TEXT);
    const base64 = Buffer.from(TEXT, 'utf8').toString('base64');
    expect(harness.terminalWrites).toEqual([`\u001b]52;c;${base64}\u0007`]);
    const events = (await harness.env.incidents.store.read()).events.filter((e) => e.type === 'update.posted');
    expect(events.map((e) => [e.actor, e.data])).toEqual([['alice', expect.objectContaining({ kind: 'initial', audience: 'customer', text: TEXT })]]);
    expect(await drafts(harness)).toEqual({});
    harness.press('enter');
    expect(harness.store.getState().ui.modals).toEqual([]);
  });

  it('keeps the text as a draft when a target refuses it, and retries only that target', async () => {
    harness = await openIncident();
    await write(harness, 'internal', TEXT);
    harness.press('C-s', 'p');
    await until(() => (top(harness!) as { results?: unknown }).results !== undefined, 'the results');
    await harness.settle();
    const modal = top(harness);
    expect(modal).toMatchObject({ kind: 'compose-result', results: [{ target: 'log', ok: true }, { target: 'broken', ok: false }] });
    expect(harness.store.getState().ui.flash?.text).toMatch(/1 of 2 targets failed; the text is kept as a draft/);
    expect((await drafts(harness))[updateDraftKey('INC-1', 'initial', 'internal')]?.text).toBe(TEXT);

    harness.press('r');
    expect(top(harness)).toMatchObject({ kind: 'compose-preview', targets: [{ name: 'log', selected: false }, { name: 'clip', selected: false }, { name: 'broken', selected: true }] });
  });

  it('refuses to post with lint warnings until P, and records the overridden rules', async () => {
    harness = await openIncident();
    await write(harness, 'customer', 'It will be fixed within 20 minutes.');
    harness.press('C-s', 'p');
    expect(top(harness)?.kind).toBe('compose-preview');
    expect(harness.store.getState().ui.flash?.text).toMatch(/3 lint warnings: e edits the text, P posts it as it is/);
    harness.press('P');
    await until(() => (top(harness!) as { results?: unknown }).results !== undefined, 'the results');
    await harness.settle();
    const posted = (await harness.env.incidents.store.read()).events.find((e) => e.type === 'update.posted');
    expect(posted?.data).toMatchObject({ overriddenWarnings: ['promised-fix-time', 'missing-next-update', 'empty-impact'] });
  });
});

describe('nothing typed is lost', () => {
  it('Esc asks; keeping the draft closes the composer and the next c opens it again', async () => {
    harness = await openIncident();
    await write(harness, 'customer', 'half a sentence');
    harness.press('esc');
    expect(top(harness)?.kind).toBe('compose-discard');
    harness.press('y');
    await harness.settle();
    expect(harness.store.getState().ui.modals).toEqual([]);
    expect((await drafts(harness))[updateDraftKey('INC-1', 'initial', 'customer')]?.text).toBe('half a sentence');

    harness.press('c');
    await until(() => (top(harness!) as { keptDrafts?: unknown[] }).keptDrafts?.length === 1, 'the kept draft');
    harness.press('enter');
    await until(() => (top(harness!) as { text?: string }).text === 'half a sentence', 'the draft in the editor');
    expect(top(harness)).toMatchObject({ source: 'draft' });
  });

  it('d in the question throws the draft away', async () => {
    harness = await openIncident();
    await write(harness, 'customer', 'not this one');
    await saveComposerDraft(harness.env, top(harness) as never, 'not this one');
    harness.press('esc', 'd');
    await harness.settle();
    expect(await drafts(harness)).toEqual({});
  });

  it('saves the text a moment after typing stops, and keeps it when the session ends', async () => {
    harness = await openIncident();
    const h = harness;
    const autosave = startDraftAutosave({ store: h.store, save: (composer) => saveComposerDraft(h.env, composer, composer.text), delayMs: 50 });
    try {
      await write(h, 'customer', 'typed, then the laptop lid closed');
      await until(async () => (await drafts(h))[updateDraftKey('INC-1', 'initial', 'customer')]?.text === 'typed, then the laptop lid closed', 'the autosave');
    } finally {
      autosave.stop();
    }
    h.type(' (more)');
    await keepUnsentUpdate(h.store.getState(), h.env.incidents.store, false);
    expect((await drafts(h))[updateDraftKey('INC-1', 'initial', 'customer')]?.text).toBe('typed, then the laptop lid closed (more)');
    // A read-only console keeps nothing (it cannot write at all).
    await h.env.incidents.store.saveDraft(updateDraftKey('INC-1', 'initial', 'customer'), null);
    await keepUnsentUpdate(h.store.getState(), h.env.incidents.store, true);
    expect(await drafts(h)).toEqual({});
  });
});

describe('a kept draft offered again later (injected clock)', () => {
  it('moves a next-update time that has passed to the cadence\'s next one, says so, and does the same on a later retry', async () => {
    let clock = Date.parse('2026-11-22T09:00:00Z');
    harness = await createConsoleHarness({ configYaml: CONFIG, now: () => new Date(clock) });
    await harness.otherWriter('bob').incidents.declare({ title: 'Checkout returns 502', severity: 'SEV2' });
    await harness.settle();
    harness.press('enter');
    await keepDraft(harness.env.incidents.store, 'INC-1', 'initial', 'internal', 'Card payments fail for all customers.\nNext internal update by 09:30 UTC.');

    clock = Date.parse('2026-11-22T16:36:00Z');
    harness.press('c');
    await until(() => (top(harness!) as { keptDrafts?: unknown[] }).keptDrafts?.length === 1, 'the kept draft');
    harness.press('enter');
    await until(() => top(harness!)?.kind === 'compose-edit' && !(top(harness!) as { loading: boolean }).loading, 'the draft in the editor');
    // SEV2 internal updates: every 30 minutes from now.
    expect(top(harness)).toMatchObject({ source: 'draft', text: 'Card payments fail for all customers.\nNext internal update by 17:06 UTC.' });
    expect(harness.store.getState().ui.flash?.text).toMatch(/draft kept at 09:00:00Z; its next-update time 09:30 UTC had passed, it now says 17:06 UTC$/);

    harness.press('C-s', 'p');
    await until(() => (top(harness!) as { results?: unknown }).results !== undefined, 'the results');
    await harness.settle();
    expect(top(harness)).toMatchObject({ results: [{ target: 'log', ok: true }, { target: 'broken', ok: false }] });
    clock = Date.parse('2026-11-22T18:00:00Z');
    harness.press('r');
    expect(top(harness)).toMatchObject({ kind: 'compose-preview', text: 'Card payments fail for all customers.\nNext internal update by 18:30 UTC.' });
    expect(harness.store.getState().ui.flash?.text).toBe('Retrying; its next-update time 17:06 UTC had passed, it now says 18:30 UTC');
  });
});
