/** The Checklist pane's pure pieces: rows from the live fold and the files read, the item dialog, the read view, wrapping, the slice. */
import { describe, expect, it } from 'vitest';
import { parseRunbook } from '../../../src/domain/checklist/parse-runbook.js';
import type { RunbookLoad } from '../../../src/domain/checklist/checklist-view.js';
import type { IncidentState } from '../../../src/domain/incident-state.js';
import { checklistPaneModel, CHECKLIST_EMPTY } from '../../../src/tui/panes/checklist-rows.js';
import type { PaneRow } from '../../../src/tui/panes/pane-row.js';
import { itemDialogLines } from '../../../src/tui/presentation/checklist-item-view.js';
import { runbookChoices, runbookChoiceSegments } from '../../../src/tui/presentation/runbook-choices.js';
import { runbookReaderLines } from '../../../src/tui/presentation/runbook-reader-lines.js';
import { textWindow, wrapExact, wrapLines, wrapWords } from '../../../src/tui/presentation/text-lines.js';
import { initialChecklistState, reduceChecklist, type ChecklistState } from '../../../src/tui/state/checklist-state.js';
import type { EventLog } from '../../helpers/event-log.js';
import { incident } from './fixtures.js';

const MAIN = [
  '# Incident checklist',
  '## 1. Triage',
  '- [ ] What changed in the last 60 minutes?',
  '  - Deploys first.',
  '  ```sh',
  '  git log --since="90 minutes ago" --format="%h %s"',
  '  ```',
  '- [ ] Which layer is it?',
  '  - [ ] Database answers `check:postgres`',
  '  - [ ] Redis answers',
  '- [ ] Read the [rollback rules](rollback-rules.md)',
  '## 2. Resolve',
  '- [ ] Verify recovery',
  '',
].join('\n');

const CONFIG = { checklist: 'incident-checklist.md', bySeverity: {} };
const loaded = (hash: string, markdown = MAIN): RunbookLoad => ({ ok: true, value: { title: 'Incident checklist', contentHash: hash, runbook: parseRunbook(markdown) } });

function stateWith(loads: [string, RunbookLoad][], incidentId = 'INC-1'): ChecklistState {
  return reduceChecklist(initialChecklistState(), { type: 'checklist/files', files: { incidentId, loads: new Map(loads) } });
}

const text = (row: PaneRow) => row.segments.map((s) => s.text).join('');

function ticked(itemId: string, hash: string, checked = true, actor = 'bob') {
  return (log: EventLog) =>
    log.add('checklist.toggled', { runbook: 'incident-checklist', itemId, text: itemId, checked, contentHash: hash }, 2, actor);
}

describe('checklist pane model', () => {
  it('says how to get a checklist when none is configured or attached', () => {
    const model = checklistPaneModel(incident(), { checklist: '', bySeverity: {} }, initialChecklistState());
    expect(model.rows).toEqual([]);
    expect(CHECKLIST_EMPTY).toMatch(/runbooks\.checklist.*p to attach/);
  });

  it('says it is reading until the files of this incident are read (files of another incident do not count)', () => {
    const model = checklistPaneModel(incident(), CONFIG, stateWith([['incident-checklist', loaded('sha256:a')]], 'INC-9'));
    expect(model.rows.map(text)).toEqual(['reading runbooks…']);
    expect(model.entries).toEqual([undefined]);
  });

  it('shows runbook and section progress, nesting, who ticked, the linked check and its last result', () => {
    const inc = incident('INC-1', (log) => {
      ticked('triage/what-changed-in-the-last-60', 'sha256:a')(log);
      ticked('triage/database-answers', 'sha256:a', true, 'carol')(log);
      log.add('check.finished', { name: 'postgres', status: 'CRITICAL', summary: 'refused', durationMs: 5 }, 3);
    });
    const model = checklistPaneModel(inc, CONFIG, stateWith([['incident-checklist', loaded('sha256:a')]]));
    expect(model.rows.map(text)).toEqual([
      '▾ Incident checklist 2/6',
      '▾ 1. Triage 2/5',
      ' [x] (bob) What changed in the last 60 minutes?',
      ' [ ] Which layer is it?',
      '  [x] (carol) Database answers check:postgres CRITICAL',
      '  [ ] Redis answers',
      ' [ ] Read the rollback rules',
      '▾ 2. Resolve 0/1',
      ' [ ] Verify recovery',
    ]);
    expect(model.info).toBe('2/6');
    expect(model.entries[4]).toMatchObject({ kind: 'item', check: 'postgres', depth: 3 });
  });

  it('marks a tick made on an older file version, and lists a ticked item that left the file as removed', () => {
    const inc = incident('INC-1', (log) => {
      ticked('triage/what-changed-in-the-last-60', 'sha256:old')(log);
      ticked('triage/an-item-since-deleted', 'sha256:old')(log);
    });
    const rows = checklistPaneModel(inc, CONFIG, stateWith([['incident-checklist', loaded('sha256:new')]])).rows.map(text);
    expect(rows[2]).toBe(' [x] (bob, old version) What changed in the last 60 minutes?');
    expect(rows.at(-1)).toBe(' [x] (bob, removed) triage/an-item-since-deleted');
  });

  it('folds a section (and unfolds it again), and shows a file that cannot be read with its reason', () => {
    let state = stateWith([['incident-checklist', loaded('sha256:a')]]);
    state = reduceChecklist(state, { type: 'checklist/fold', key: 'incident-checklist#triage' });
    expect(checklistPaneModel(incident(), CONFIG, state).rows.map(text)).toEqual(['▾ Incident checklist 0/6', '▸ 1. Triage 0/5', '▾ 2. Resolve 0/1', ' [ ] Verify recovery']);
    state = reduceChecklist(state, { type: 'checklist/fold', key: 'incident-checklist#triage' });
    expect(checklistPaneModel(incident(), CONFIG, state).rows).toHaveLength(9);
    const broken = stateWith([['incident-checklist', { ok: false, error: 'no runbook "incident-checklist"' }]]);
    expect(checklistPaneModel(incident(), CONFIG, broken).rows.map(text)).toEqual(['✗ incident-checklist: no runbook "incident-checklist"']);
  });

  it('keeps the slice unchanged when a re-read finds the same files, and resets folds for another incident', () => {
    const state = stateWith([['incident-checklist', loaded('sha256:a')]]);
    const again = reduceChecklist(state, { type: 'checklist/files', files: { incidentId: 'INC-1', loads: new Map([['incident-checklist', loaded('sha256:a')]]) } });
    expect(again).toBe(state);
    const folded = reduceChecklist(state, { type: 'checklist/fold', key: 'x' });
    expect(reduceChecklist(folded, { type: 'incident/open', incidentId: 'INC-2' })).toMatchObject({ files: undefined, collapsed: new Set() });
  });
});

describe('item dialog', () => {
  const view = (inc: IncidentState, hash = 'sha256:a') => checklistPaneModel(inc, CONFIG, stateWith([['incident-checklist', loaded(hash)]])).view!;

  it('shows notes, the suggested command exactly as written, links, and who ticked on which version', () => {
    const inc = incident('INC-1', ticked('triage/what-changed-in-the-last-60', 'sha256:0123456789abcdef'));
    const lines = itemDialogLines(view(inc), 'incident-checklist#triage/what-changed-in-the-last-60', inc, [], inc.lastEventAt)!;
    const texts = lines.map((l) => l.text);
    expect(texts).toContain('[x] What changed in the last 60 minutes?');
    expect(texts).toContain('- Deploys first.');
    expect(lines.find((l) => l.tone === 'code')).toEqual({ text: 'git log --since="90 minutes ago" --format="%h %s"', tone: 'code' });
    expect(texts.find((t) => t.startsWith('Ticked by bob'))).toMatch(/^Ticked by bob at 03:02 UTC \(runbook version 0123456789ab\)$/);
    expect(texts.some((t) => t.startsWith('The runbook file has changed since'))).toBe(true);
    const link = itemDialogLines(view(inc), 'incident-checklist#triage/read-the-rollback-rules', inc, [], inc.lastEventAt)!;
    expect(link.map((l) => l.text)).toContain('rollback rules: rollback-rules.md');
  });

  it('shows the linked check: not run, running, then its last result', () => {
    const key = 'incident-checklist#triage/database-answers';
    const inc = incident();
    expect(itemDialogLines(view(inc), key, inc, [], inc.lastEventAt)!.map((l) => l.text)).toContain('check:postgres has not run on this incident · r runs it');
    expect(itemDialogLines(view(inc), key, inc, ['postgres'], inc.lastEventAt)!.map((l) => l.text)).toContain('check:postgres is running…');
    const ran = incident('INC-1', (log) => log.add('check.finished', { name: 'postgres', status: 'OK', summary: 'accepting', durationMs: 5 }, 4));
    expect(itemDialogLines(view(ran), key, ran, [], ran.lastEventAt)!).toContainEqual({ text: 'check:postgres OK at 03:04 UTC: accepting · r runs it again', tone: 'ok' });
  });

  it('describes a removed tick, and has nothing for a key the checklist no longer has', () => {
    const inc = incident('INC-1', ticked('triage/gone', 'sha256:feedfacefeedface'));
    const lines = itemDialogLines(view(inc), 'incident-checklist#triage/gone', inc, [], inc.lastEventAt)!;
    expect(lines.map((l) => l.text)).toContain('Ticked by bob at 03:02 UTC on runbook version feedfacefeed');
    expect(itemDialogLines(view(inc), 'incident-checklist#nope/nope', inc, [], inc.lastEventAt)).toBeUndefined();
  });
});

describe('runbook picker and read view', () => {
  it('marks runbooks already on the checklist and tells documents from checklists', () => {
    const choices = runbookChoices(
      [
        { name: 'incident-checklist', title: 'Incident checklist', items: 50, error: undefined },
        { name: 'rollback-rules', title: 'Rollback rules', items: 0, error: undefined },
      ],
      [{ runbook: 'incident-checklist', source: 'default' }],
    );
    expect(choices.map((c) => runbookChoiceSegments(c).map((s) => s.text).join(''))).toEqual([
      '✓ Incident checklist · 50 items · the default checklist · incident-checklist',
      '  Rollback rules · document · rollback-rules',
    ]);
  });

  it('keeps headings and code blocks apart in the read view, a fenced # line included', () => {
    const lines = runbookReaderLines('# Rules\r\n\nRoll back first.\n```sh\n# not a heading\n```\n## After\n');
    expect(lines).toEqual([
      { text: '# Rules', tone: 'heading' },
      { text: '', tone: 'normal' },
      { text: 'Roll back first.', tone: 'normal' },
      { text: '```sh', tone: 'code' },
      { text: '# not a heading', tone: 'code' },
      { text: '```', tone: 'code' },
      { text: '## After', tone: 'heading' },
    ]);
  });
});

describe('text lines', () => {
  it('wraps prose at spaces keeping the indentation, and code exactly', () => {
    expect(wrapWords('   one two three four', 12)).toEqual(['   one two', '   three', '   four']);
    expect(wrapWords('abcdefghijkl', 5)).toEqual(['abcde', 'fghij', 'kl']);
    const code = 'psql "$URL" -c "select 1"';
    expect(wrapExact(code, 10).join('')).toBe(code);
    expect(wrapLines([{ text: code, tone: 'code' }], 10)).toHaveLength(3);
  });

  it('windows from an offset, never past the last full page', () => {
    const lines = Array.from({ length: 10 }, (_, i) => ({ text: `${i}`, tone: 'normal' as const }));
    expect(textWindow(lines, 0, 4)).toMatchObject({ start: 0, below: 6, position: 'lines 1-4 of 10 · ' });
    expect(textWindow(lines, 99, 4)).toMatchObject({ start: 6, below: 0 });
    expect(textWindow(lines.slice(0, 3), 2, 4)).toMatchObject({ start: 0, position: '' });
  });
});
