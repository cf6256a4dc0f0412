import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../../src/domain/deadlines.js';
import type { PostedUpdate } from '../../../src/domain/incident-state.js';
import { openComposer, reduceComposer, selectedTargets, targetChoices, type ComposerEvent, type ComposerModal } from '../../../src/tui/state/composer-flow.js';

const open = { id: 'INC-1', status: 'investigating' as const, updates: [] as PostedUpdate[] };
const internalDue: Deadline = { label: 'internal update', kind: 'internal', audience: 'internal', dueAt: '', remainingMs: 1, overdue: false, key: 'k' };
const run = (modal: ComposerModal, ...events: ComposerEvent[]) => events.reduce(reduceComposer, modal);
const targets = targetChoices(['log', 'clip', 'chat'], ['log', 'clip']);
const loaded = (text: string, modal: ComposerModal): ComposerEvent => ({ type: 'loaded', updateKind: modal.updateKind, audience: modal.audience, text, source: 'template' });

describe('opening the composer', () => {
  it('picks the audience whose update is due soonest, and the kind it needs next', () => {
    expect(openComposer(open, undefined)).toMatchObject({ kind: 'compose-setup', audience: 'customer', updateKind: 'initial' });
    expect(openComposer(open, internalDue)).toMatchObject({ audience: 'internal', updateKind: 'initial' });
    const delivered: PostedUpdate = { kind: 'initial', audience: 'customer', text: 'x', at: '2026-01-01T00:00:00Z', actor: 'a', targets: [] };
    expect(openComposer({ ...open, updates: [delivered] }, undefined).updateKind).toBe('update');
    expect(openComposer({ ...open, status: 'resolved' }, undefined).updateKind).toBe('resolution');
  });

  it('offers the newest kept draft first, unless kind or audience were already chosen by hand', () => {
    const kept = [
      { updateKind: 'update' as const, audience: 'internal' as const, savedAt: '2026-01-01T00:02:00Z' },
      { updateKind: 'initial' as const, audience: 'customer' as const, savedAt: '2026-01-01T00:01:00Z' },
    ];
    expect(run(openComposer(open, undefined), { type: 'drafts', kept })).toMatchObject({ updateKind: 'update', audience: 'internal' });
    const chosen = run(openComposer(open, undefined), { type: 'cycle', delta: 1, incident: open }, { type: 'drafts', kept });
    expect(chosen).toMatchObject({ updateKind: 'update', audience: 'customer', keptDrafts: kept });
  });

  it('once resolved, opens on the resolution: a kept resolution draft may choose the audience, newer drafts of other kinds do not', () => {
    const resolved = { ...open, status: 'resolved' as const };
    const update = { updateKind: 'update' as const, audience: 'customer' as const, savedAt: '2026-01-01T00:09:00Z' };
    const resolution = { updateKind: 'resolution' as const, audience: 'internal' as const, savedAt: '2026-01-01T00:01:00Z' };
    expect(run(openComposer(resolved, undefined), { type: 'drafts', kept: [update] })).toMatchObject({ updateKind: 'resolution', audience: 'customer', keptDrafts: [update] });
    expect(run(openComposer(resolved, undefined), { type: 'drafts', kept: [update, resolution] })).toMatchObject({ updateKind: 'resolution', audience: 'internal' });
    // The other kinds are still there to choose by hand.
    expect(run(openComposer(resolved, undefined), { type: 'drafts', kept: [update] }, { type: 'cycle', delta: -1, incident: resolved }).updateKind).toBe('update');
  });

  it('cycles kind on the kind row and audience on the audience row (a new audience brings its suggested kind)', () => {
    const setup = openComposer(open, undefined);
    expect(run(setup, { type: 'cycle', delta: -1, incident: open }).updateKind).toBe('resolution');
    const audience = run(setup, { type: 'cycle', delta: 1, incident: open }, { type: 'field', delta: 1 }, { type: 'cycle', delta: 1, incident: open });
    expect(audience).toMatchObject({ audience: 'internal', updateKind: 'initial', field: 'audience' });
  });
});

describe('writing, previewing and posting', () => {
  const writing = run(openComposer(open, undefined), { type: 'write', targets });

  it('opens the editor empty and loading; edits wait for the text to arrive', () => {
    expect(writing).toMatchObject({ kind: 'compose-edit', loading: true, text: '' });
    expect(run(writing, { type: 'edit', text: 'x', cursor: 1 }).text).toBe('');
    const ready = run(writing, loaded('Impact: all', writing));
    expect(ready).toMatchObject({ loading: false, text: 'Impact: all', cursor: 11, source: 'template', edited: false });
    expect(run(ready, { type: 'edit', text: 'Impact: all users', cursor: 17 })).toMatchObject({ edited: true, cursor: 17 });
  });

  it('ignores a text read for a kind or audience that is no longer chosen', () => {
    const stale: ComposerEvent = { type: 'loaded', updateKind: 'resolution', audience: 'customer', text: 'old', source: 'draft' };
    expect(run(writing, stale).loading).toBe(true);
  });

  it('goes back to the setup when the text cannot be read', () => {
    expect(run(writing, { type: 'load-failed' })).toMatchObject({ kind: 'compose-setup', loading: false });
  });

  it('asks before leaving the editor, and goes back to writing on no', () => {
    const ready = run(writing, loaded('t', writing));
    const asking = run(ready, { type: 'ask-discard' });
    expect(asking.kind).toBe('compose-discard');
    expect(run(asking, { type: 'back' })).toMatchObject({ kind: 'compose-edit', text: 't' });
  });

  it('previews with the default targets ticked; j/k and Space change them', () => {
    const preview = run(writing, loaded('t', writing), { type: 'preview' });
    expect(preview.kind).toBe('compose-preview');
    expect(selectedTargets(preview)).toEqual(['log', 'clip']);
    const changed = run(preview, { type: 'target-move', delta: -1 }, { type: 'target-toggle' });
    expect(changed.targetIndex).toBe(2);
    expect(selectedTargets(changed)).toEqual(['log', 'clip', 'chat']);
    expect(run(preview, { type: 'back' }).kind).toBe('compose-edit');
  });

  it('shows the results after posting; a retry ticks only the targets that failed', () => {
    const posting = run(writing, loaded('t', writing), { type: 'preview' }, { type: 'posting' });
    expect(posting).toMatchObject({ kind: 'compose-result', results: undefined });
    const results = [
      { target: 'log', ok: true, detail: 'appended', durationMs: 2 },
      { target: 'clip', ok: false, error: 'no terminal', durationMs: 1 },
    ];
    const posted = run(posting, { type: 'posted', results });
    expect(posted.results).toEqual(results);
    const retry = run(posted, { type: 'retry' });
    expect(retry.kind).toBe('compose-preview');
    expect(selectedTargets(retry)).toEqual(['clip']);
    expect(retry.text).toBe('t');
    // A retry may bring the text refreshed (a next-update time that has passed since).
    expect(run(posted, { type: 'retry', text: 'Next update by 17:36 UTC.' }).text).toBe('Next update by 17:36 UTC.');
  });

  it('keeps every ticked target for a retry when posting failed before any target was tried', () => {
    const failed = run(writing, loaded('t', writing), { type: 'preview' }, { type: 'posting' }, { type: 'post-failed', error: 'store locked' });
    expect(failed).toMatchObject({ kind: 'compose-result', error: 'store locked' });
    expect(selectedTargets(run(failed, { type: 'retry' }))).toEqual(['log', 'clip']);
  });
});
