import { describe, expect, it } from 'vitest';
import { checklistRows, itemDetail, sectionRowKey } from '../../../../src/domain/checklist/checklist-rows.js';
import { buildChecklistView, type ChecklistView } from '../../../../src/domain/checklist/checklist-view.js';
import { findItem } from '../../../../src/domain/checklist/find-item.js';
import { parseRunbook } from '../../../../src/domain/checklist/parse-runbook.js';
import type { ChecklistTick } from '../../../../src/domain/incident-state.js';

const MAIN = [
  '# Incident checklist',
  '## Triage',
  '- [ ] What changed in the last 60 minutes?',
  '  ```sh',
  '  git log --since="1 hour ago"',
  '  ```',
  '- [ ] Which layer is it?',
  '  - [ ] Database answers `check:postgres`',
  '  - [ ] Redis answers `check:redis`',
  '- [ ] What is broken?',
  '## Resolve',
  '- [ ] Verify recovery, see [the list](recovery-verification.md)',
  '',
].join('\n');
const DB = ['# Db', '## Confirm', '- [ ] Database answers', '- [ ] Replica lag', ''].join('\n');

function view(ticks: ChecklistTick[] = []): ChecklistView {
  return buildChecklistView(
    { id: 'INC-7', checklist: Object.fromEntries(ticks.map((t) => [`${t.runbook}#${t.itemId}`, t])) },
    [{ runbook: 'incident-checklist', source: 'default' }, { runbook: 'db', source: 'attached' }],
    new Map([
      ['incident-checklist', { ok: true as const, value: { title: 'Incident checklist', contentHash: 'sha256:m', runbook: parseRunbook(MAIN) } }],
      ['db', { ok: true as const, value: { title: 'Db', contentHash: 'sha256:d', runbook: parseRunbook(DB) } }],
    ]),
  );
}

const ticked = (runbook: string, itemId: string, checked = true): ChecklistTick => ({
  runbook, itemId, text: 'Old text', checked, contentHash: 'sha256:old0000000000', by: 'carol', at: '2026-11-22T03:04:00.000Z',
});

describe('findItem', () => {
  it('finds by full id, by item part, by unique prefix, and by RUNBOOK#ID; case does not matter', () => {
    const v = view();
    expect(findItem(v, 'triage/what-is-broken').key).toBe('incident-checklist#triage/what-is-broken');
    expect(findItem(v, 'what-changed-in-the-last-60').key).toBe('incident-checklist#triage/what-changed-in-the-last-60');
    expect(findItem(v, 'triage/what-ch').key).toBe('incident-checklist#triage/what-changed-in-the-last-60');
    expect(findItem(v, 'Resolve/Verify').key).toBe('incident-checklist#resolve/verify-recovery-see-the-list');
    expect(findItem(v, 'db#confirm/replica').key).toBe('db#confirm/replica-lag');
    expect(findItem(v, 'db.md#replica-lag').key).toBe('db#confirm/replica-lag');
  });

  it('an exact match wins over a longer id it is a prefix of', () => {
    expect(findItem(view(), 'triage/database-answers').key).toBe('incident-checklist#triage/database-answers');
  });

  it('ambiguous references list the candidates as RUNBOOK#ID', () => {
    expect(() => findItem(view(), 'database-answers')).toThrow(
      '"database-answers" matches several items: incident-checklist#triage/database-answers, db#confirm/database-answers; give more of the id',
    );
    expect(() => findItem(view(), 'triage/wh')).toThrow(/matches several items: .*what-changed.*which-layer.*what-is-broken/);
  });

  it('unknown ids and runbooks not on the checklist get usage errors that say where to look', () => {
    expect(() => findItem(view(), 'triage/nope')).toThrow('no checklist item "triage/nope" on INC-7; `warroom checklist` lists the ids');
    expect(() => findItem(view(), 'other#x')).toThrow('runbook "other" is not on INC-7\'s checklist (on it: incident-checklist, db); attach it with `warroom attach`');
    expect(() => findItem(view(), '  ')).toThrow(/say which item/);
  });

  it('a ticked item that left the file is reported as removed, with its recorded version', () => {
    expect(() => findItem(view([ticked('db', 'confirm/old-step')]), 'confirm/old-step')).toThrow(
      'item db#confirm/old-step is no longer in the runbook file; its tick by carol stays on record against version old000000000',
    );
  });
});

describe('checklistRows', () => {
  it('flattens runbooks, sections and nested items with depth and progress; removed ticks come last in their runbook', () => {
    const rows = checklistRows(view([ticked('incident-checklist', 'triage/database-answers'), ticked('db', 'confirm/old-step')]));
    expect(rows.map((r) => `${'  '.repeat(r.depth)}${r.kind}:${'title' in r ? r.title : r.text}`)).toEqual([
      'runbook:Incident checklist',
      '  section:Triage',
      '    item:What changed in the last 60 minutes?',
      '    item:Which layer is it?',
      '      item:Database answers',
      '      item:Redis answers',
      '    item:What is broken?',
      '  section:Resolve',
      '    item:Verify recovery, see the list',
      'runbook:Db',
      '  section:Confirm',
      '    item:Database answers',
      '    item:Replica lag',
      '    removed:Old text',
    ]);
    expect(rows[1]).toMatchObject({ kind: 'section', done: 1, total: 5 });
    expect(rows[0]).toMatchObject({ kind: 'runbook', done: 1, total: 6, source: 'default' });
    expect(rows[4]).toMatchObject({ kind: 'item', checked: true, check: 'postgres', olderVersion: true, hasDetail: true });
    expect(rows[6]).toMatchObject({ kind: 'item', hasDetail: false, hasChildren: false });
    expect(rows[3]).toMatchObject({ hasChildren: true, collapsed: false });
  });

  it('collapsed runbooks, sections and items hide what is under them and keep their own row', () => {
    const collapsed = new Set(['db', sectionRowKey('incident-checklist', 'resolve'), 'incident-checklist#triage/which-layer-is-it']);
    const rows = checklistRows(view(), collapsed);
    expect(rows.map((r) => r.key)).toEqual([
      'incident-checklist',
      'incident-checklist#triage',
      'incident-checklist#triage/what-changed-in-the-last-60',
      'incident-checklist#triage/which-layer-is-it',
      'incident-checklist#triage/what-is-broken',
      'incident-checklist#resolve',
      'db',
    ]);
    expect(rows.filter((r) => 'collapsed' in r && r.collapsed).map((r) => r.key)).toEqual([
      'incident-checklist#triage/which-layer-is-it',
      'incident-checklist#resolve',
      'db',
    ]);
  });
});

describe('itemDetail', () => {
  it('gives commands, links, the linked check, the parents and the latest tick of an item', () => {
    const v = view([ticked('incident-checklist', 'triage/database-answers')]);
    expect(itemDetail(v, 'incident-checklist#triage/what-changed-in-the-last-60')).toMatchObject({
      sectionTitle: 'Triage', runbookTitle: 'Incident checklist', parents: [], line: 3,
      commands: [{ lang: 'sh', code: 'git log --since="1 hour ago"' }],
    });
    expect(itemDetail(v, 'incident-checklist#triage/database-answers')).toMatchObject({
      parents: ['Which layer is it?'], check: 'postgres', checked: true, olderVersion: true, tick: { by: 'carol' },
    });
    expect(itemDetail(v, 'incident-checklist#resolve/verify-recovery-see-the-list')!.links).toEqual([{ text: 'the list', url: 'recovery-verification.md' }]);
    expect(itemDetail(v, 'db#confirm/gone')).toBeUndefined();
  });
});
