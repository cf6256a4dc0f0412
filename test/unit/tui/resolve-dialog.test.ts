import { describe, expect, it } from 'vitest';
import type { ResolvePreflight } from '../../../src/domain/resolve-preflight.js';
import { resolveView } from '../../../src/tui/presentation/resolve-view.js';
import { submitFollowupStep, followupDefaults } from '../../../src/tui/state/followup-draft.js';
import { openResolveDialog, stepResolveDialog, type ResolveDialogState } from '../../../src/tui/state/resolve-dialog.js';

const open = Array.from({ length: 14 }, (_, i) => ({ id: `s/item-${i + 1}`, text: `Item ${i + 1}` }));
const PREFLIGHT: ResolvePreflight = {
  incidentId: 'INC-1',
  recovery: { runbook: 'recovery-verification', error: undefined, done: 0, total: 14, open },
  checks: [{ name: 'api', status: 'OK', summary: 'fine' }, { name: 'errors', status: 'CRITICAL', summary: '7%' }],
  failingChecks: [{ name: 'errors', status: 'CRITICAL', summary: '7%' }],
  problems: ['14 recovery checklist items open (0/14 done)', '1 check not OK: errors CRITICAL'],
  reasonRequired: true,
};

const ready = (): ResolveDialogState => stepResolveDialog(openResolveDialog('INC-1').dialog, { type: 'preflight', preflight: PREFLIGHT, attached: true });

describe('resolve dialog state', () => {
  it('shows checks as they run, then the preflight; a refused resolution goes back to it with the error', () => {
    let d = openResolveDialog('INC-1').dialog;
    d = stepResolveDialog(d, { type: 'check-started', name: 'api' });
    d = stepResolveDialog(d, { type: 'check-started', name: 'errors' });
    d = stepResolveDialog(d, { type: 'check-finished', check: { name: 'api', status: 'OK', summary: 'fine' } });
    expect(resolveView(d, 10).lines.map((l) => l.text)).toEqual(['Re-running every check before resolving…', '  OK       api     fine', '  running  errors']);
    d = stepResolveDialog(d, { type: 'preflight', preflight: PREFLIGHT, attached: true });
    expect(d).toMatchObject({ phase: 'ready', running: [] });
    d = stepResolveDialog(stepResolveDialog(d, { type: 'resolving', reason: 'x' }), { type: 'failed', error: 'INC-1 is resolved' });
    expect(d).toMatchObject({ phase: 'ready', error: 'INC-1 is resolved' });
    expect(stepResolveDialog(d, { type: 'check-started', name: 'late' })).toBe(d);
  });

  it('fits the open items into the room there is, keeping the checks and the verdict whole', () => {
    const view = resolveView(ready(), 12);
    expect(view.lines).toHaveLength(12);
    expect(view.lines.map((l) => l.text).slice(3)).toEqual([
      '  [ ] Item 3',
      '  [ ] Item 4',
      '  … 10 more open (the Checklist pane lists them all)',
      'Checks, re-run now: 1/2 OK',
      '  OK       api     fine',
      '  CRITICAL errors  7%',
      'Not verified: 14 recovery checklist items open (0/14 done)',
      'Not verified: 1 check not OK: errors CRITICAL',
      'Resolving needs a reason.',
    ]);
    expect(view.hint).toMatch(/^y type the reason and resolve/);
  });

  it('after resolving offers the update and the export, then shows the file', () => {
    let d = stepResolveDialog(ready(), { type: 'resolving', reason: 'lagging metric' });
    d = stepResolveDialog(d, { type: 'resolved', at: '2026-11-22T04:00:00.000Z', freezeLifted: true });
    const texts = () => resolveView(d, 20).lines.map((l) => l.text);
    expect(texts()).toContain('Resolved at 2026-11-22T04:00:00.000Z with the reason: lagging metric');
    expect(texts()).toContain('  e  export the postmortem draft now (markdown, redacted)');
    d = stepResolveDialog(stepResolveDialog(d, { type: 'exporting' }), { type: 'exported', path: '/srv/ops/postmortems/x.md' });
    expect(texts()).toContain('  e  postmortem draft written to /srv/ops/postmortems/x.md');
  });
});

describe('adding a follow-up field by field', () => {
  const now = new Date('2026-11-22T04:00:00.000Z');
  it('prefills owner, a due date 14 days out and P2; empty owner and due mean none', () => {
    const draft = followupDefaults('alice', now);
    expect(draft).toEqual({ text: '', owner: 'alice', due: '2026-12-06', priority: 'P2' });
    expect(submitFollowupStep('text', '  ', draft, now)).toMatchObject({ kind: 'invalid' });
    const afterText = submitFollowupStep('text', 'Alert on queue age', draft, now);
    expect(afterText).toMatchObject({ kind: 'next', step: 'owner', draft: { text: 'Alert on queue age' } });
    expect(submitFollowupStep('due', '2026-02-30', draft, now)).toEqual({ kind: 'invalid', message: '"2026-02-30" is not a calendar date' });
    expect(submitFollowupStep('priority', 'P0', draft, now)).toMatchObject({ kind: 'invalid' });
    const done = submitFollowupStep('priority', 'p1', { text: 'X', owner: '', due: '', priority: 'P2' }, now);
    expect(done).toEqual({ kind: 'done', input: { text: 'X', priority: 'p1' } });
  });
});
