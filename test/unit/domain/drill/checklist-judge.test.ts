/** The drill judges the checklist on the first three sections of each runbook on it: the steps up to service restored. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChecklistView, type RunbookLoad } from '../../../../src/domain/checklist/checklist-view.js';
import { parseRunbook } from '../../../../src/domain/checklist/parse-runbook.js';
import { checklistFollowed, judgeChecklist } from '../../../../src/domain/drill/checklist-judge.js';
import type { IncidentState } from '../../../../src/domain/incident-state.js';
import { REPO_ROOT } from '../../../helpers/cli.js';

function loaded(name: string): [string, RunbookLoad] {
  const runbook = parseRunbook(readFileSync(join(REPO_ROOT, 'runbooks', `${name}.md`), 'utf8'));
  return [name, { ok: true, value: { title: runbook.title ?? name, contentHash: 'h', runbook } }];
}

function viewWith(ticked: string[]) {
  const loads = new Map([loaded('incident-checklist'), loaded('crash-after-deploy')]);
  const checklist: IncidentState['checklist'] = {};
  for (const key of ticked) {
    const [runbook, itemId] = key.split('#') as [string, string];
    checklist[key] = { runbook, itemId, text: itemId, contentHash: 'h', checked: true, by: 'ana', at: '2026-01-01T00:00:00Z' };
  }
  const entries = [{ runbook: 'incident-checklist', source: 'default' as const }, { runbook: 'crash-after-deploy', source: 'severity' as const }];
  return buildChecklistView({ id: 'INC-1', checklist }, entries, loads);
}

describe('drill checklist judgement', () => {
  it('judges the top-level items of the first three sections of each runbook, leaving out investigation and after', () => {
    const view = viewWith([]);
    const judged = judgeChecklist(view);
    expect(judged.sections).toEqual(['Incident checklist: 1. Acknowledge, 2. Triage, 3. Stabilise', 'Crash after deploy: Confirm, Decide, Roll back']);
    // Sub-items (triage's per-layer checks) are not counted on their own.
    const topLevel = view.runbooks.flatMap((r) => r.sections.slice(0, 3)).reduce((n, s) => n + s.items.length, 0);
    expect(judged.total).toBe(topLevel);
    expect(judged.total).toBeLessThan(view.runbooks.flatMap((r) => r.sections.slice(0, 3)).reduce((n, s) => n + s.total, 0));
    expect(judged.allTotal).toBeGreaterThan(judged.total);
    expect(checklistFollowed(judged)).toBe(false);
  });

  it('counts ticks in the judged sections only; half of them is followed', () => {
    const view = viewWith([]);
    const judgedItems = view.runbooks.flatMap((r) => r.sections.slice(0, 3).flatMap((s) => s.items.map((i) => i.key)));
    const later = view.runbooks[0]!.sections.slice(3).flatMap((s) => s.items.map((i) => i.key));
    const almost = judgeChecklist(viewWith([...judgedItems.slice(0, 13), ...later]));
    expect(almost.ticked).toBe(13);
    expect(checklistFollowed(almost)).toBe(false);
    expect(checklistFollowed(judgeChecklist(viewWith(judgedItems.slice(0, 14))))).toBe(true);
  });

  it('has nothing to judge without a checklist', () => {
    expect(checklistFollowed(judgeChecklist({ runbooks: [], done: 0, total: 0 }))).toBeNull();
  });
});
