import { describe, expect, it } from 'vitest';
import { checklistEntries, canonicalRunbookName } from '../../../../src/domain/checklist/checklist-sources.js';
import { buildChecklistView, flattenItems, type RunbookLoad } from '../../../../src/domain/checklist/checklist-view.js';
import { parseRunbook } from '../../../../src/domain/checklist/parse-runbook.js';
import type { ChecklistTick, IncidentState } from '../../../../src/domain/incident-state.js';

const V1 = ['# Db', '## Confirm', '- [ ] Database answers `check:postgres`', '  - [ ] Replica lag', '- [ ] Note start time', '## Fix', '- [ ] Restart pool', ''].join('\n');

function loaded(markdown: string, contentHash: string, title = 'Db'): RunbookLoad {
  return { ok: true, value: { title, contentHash, runbook: parseRunbook(markdown) } };
}

function tick(runbook: string, itemId: string, checked: boolean, contentHash: string, by = 'alice'): ChecklistTick {
  return { runbook, itemId, text: itemId, checked, contentHash, by, at: '2026-11-22T03:05:00.000Z' };
}

function incident(ticks: ChecklistTick[], extra: Partial<IncidentState> = {}): Pick<IncidentState, 'id' | 'checklist' | 'severity' | 'attachedRunbooks'> {
  return {
    id: 'INC-1',
    severity: 'SEV2',
    attachedRunbooks: [],
    checklist: Object.fromEntries(ticks.map((t) => [`${t.runbook}#${t.itemId}`, t])),
    ...extra,
  };
}

describe('checklistEntries', () => {
  it('lists the default, then the severity runbooks, then attached, then runbooks that only have ticks, each once', () => {
    const entries = checklistEntries(
      { checklist: 'incident-checklist.md', bySeverity: { SEV1: ['recovery-verification.md', 'incident-checklist'], SEV2: ['worker-backlog.md'] } },
      incident([tick('old-severity-runbook', 'a/b', true, 'sha256:1')], {
        severity: 'SEV1',
        attachedRunbooks: [{ runbook: 'db', contentHash: 'sha256:2' }, { runbook: 'recovery-verification', contentHash: 'sha256:3' }],
      }) as IncidentState,
    );
    expect(entries).toEqual([
      { runbook: 'incident-checklist', source: 'default' },
      { runbook: 'recovery-verification', source: 'severity' },
      { runbook: 'db', source: 'attached' },
      { runbook: 'old-severity-runbook', source: 'ticked' },
    ]);
  });

  it('an empty default checklist means none', () => {
    expect(checklistEntries({ checklist: '', bySeverity: {} }, incident([]) as IncidentState)).toEqual([]);
  });

  it('canonical names drop .md, ./ and backslashes', () => {
    expect(['db.md', './db.md', 'db', 'team\\db.MD', ' db.markdown '].map(canonicalRunbookName)).toEqual(['db', 'db', 'db', 'team/db', 'db']);
  });
});

describe('buildChecklistView', () => {
  const entries = [{ runbook: 'db', source: 'attached' as const }];

  it('merges ticks into the current file and counts progress per section, nested items included', () => {
    const view = buildChecklistView(incident([tick('db', 'confirm/replica-lag', true, 'sha256:v1'), tick('db', 'fix/restart-pool', false, 'sha256:v1')]), entries, new Map([['db', loaded(V1, 'sha256:v1')]]));
    const [runbook] = view.runbooks;
    expect(runbook!.sections.map((s) => [s.id, s.done, s.total])).toEqual([['confirm', 1, 3], ['fix', 0, 1]]);
    expect([view.done, view.total, runbook!.done, runbook!.total]).toEqual([1, 4, 1, 4]);
    const lag = flattenItems(runbook!.sections[0]!.items).find((i) => i.id === 'confirm/replica-lag')!;
    expect(lag).toMatchObject({ key: 'db#confirm/replica-lag', checked: true, olderVersion: false, depth: 1, tick: { by: 'alice', contentHash: 'sha256:v1' } });
    const restart = runbook!.sections[1]!.items[0]!;
    expect(restart).toMatchObject({ checked: false, tick: { checked: false } });
    expect(runbook!.sections[0]!.items[0]!.check).toBe('postgres');
  });

  it('when the file changes: ticks on surviving items keep their old hash, removed ticked items are listed, new items appear unticked', () => {
    const v2 = V1.replace('- [ ] Note start time', '- [ ] Note the time it started').replace('## Fix\n', '## Fix\n- [ ] Tell support\n');
    const ticks = [tick('db', 'confirm/database-answers', true, 'sha256:v1'), tick('db', 'confirm/note-start-time', true, 'sha256:v1', 'bob')];
    const view = buildChecklistView(incident(ticks), entries, new Map([['db', loaded(v2, 'sha256:v2')]]));
    const [runbook] = view.runbooks;
    const items = runbook!.sections.flatMap((s) => flattenItems(s.items));
    expect(items.map((i) => [i.id, i.checked, i.olderVersion])).toEqual([
      ['confirm/database-answers', true, true],
      ['confirm/replica-lag', false, false],
      ['confirm/note-the-time-it-started', false, false],
      ['fix/tell-support', false, false],
      ['fix/restart-pool', false, false],
    ]);
    expect(items[0]!.tick?.contentHash).toBe('sha256:v1');
    expect(runbook!.contentHash).toBe('sha256:v2');
    expect(runbook!.removed).toEqual([
      { key: 'db#confirm/note-start-time', runbook: 'db', id: 'confirm/note-start-time', text: 'confirm/note-start-time', tick: { checked: true, by: 'bob', at: '2026-11-22T03:05:00.000Z', contentHash: 'sha256:v1' } },
    ]);
    expect([runbook!.done, runbook!.total]).toEqual([1, 5]);
  });

  it('an item unticked on an older file version is simply open: no old-version mark (that warns about ticks only)', () => {
    const ticks = [tick('db', 'confirm/database-answers', false, 'sha256:v1'), tick('db', 'fix/restart-pool', true, 'sha256:v1')];
    const view = buildChecklistView(incident(ticks), entries, new Map([['db', loaded(V1, 'sha256:v2')]]));
    const items = view.runbooks[0]!.sections.flatMap((s) => flattenItems(s.items));
    expect(items.filter((i) => i.tick).map((i) => [i.id, i.checked, i.olderVersion])).toEqual([
      ['confirm/database-answers', false, false],
      ['fix/restart-pool', true, true],
    ]);
  });

  it('an unticked item that was later removed is not listed as removed', () => {
    const view = buildChecklistView(incident([tick('db', 'gone/item', false, 'sha256:v1')]), entries, new Map([['db', loaded(V1, 'sha256:v1')]]));
    expect(view.runbooks[0]!.removed).toEqual([]);
  });

  it('a runbook file that cannot be read shows its error and still lists what was ticked in it', () => {
    const view = buildChecklistView(
      incident([tick('db', 'confirm/database-answers', true, 'sha256:v1')]),
      entries,
      new Map<string, RunbookLoad>([['db', { ok: false, error: 'no runbook "db" in /srv/runbooks' }]]),
    );
    expect(view.runbooks[0]).toMatchObject({ error: 'no runbook "db" in /srv/runbooks', total: 0, sections: [], contentHash: undefined });
    expect(view.runbooks[0]!.removed.map((r) => r.key)).toEqual(['db#confirm/database-answers']);
  });

  it('a document without task items is on the checklist with nothing to tick', () => {
    const view = buildChecklistView(incident([]), [{ runbook: 'rules', source: 'attached' }], new Map([['rules', loaded('# Rules\n\n1. Roll back first.\n', 'sha256:r', 'Rules')]]));
    expect(view.runbooks[0]).toMatchObject({ title: 'Rules', sections: [], done: 0, total: 0, error: undefined });
  });
});
