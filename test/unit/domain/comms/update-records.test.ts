import { describe, expect, it } from 'vitest';
import { recordPostedUpdate, requireAudience, requireUpdateKind, setBreachFlag } from '../../../../src/domain/comms/update-decisions.js';
import { prefillDraft, suggestUpdateKind, updateDraftKey } from '../../../../src/domain/comms/update-draft.js';
import { formatUpdateHistory, updateHistory } from '../../../../src/domain/comms/update-history.js';
import { declared, incidentFrom } from './incident-log.js';

describe('recording updates', () => {
  it('records kind, audience, trimmed text, each target result and overridden warnings', () => {
    const incident = incidentFrom([declared()]);
    const [event] = recordPostedUpdate(incident, {
      kind: 'initial',
      audience: 'customer',
      text: '  Checkout is failing.\n',
      results: [{ target: 'status-log', ok: true, detail: 'appended' }, { target: 'slack', ok: false, error: 'HTTP 500' }],
      overriddenWarnings: ['missing-next-update'],
    });
    expect(event).toEqual({
      incidentId: 'INC-1',
      type: 'update.posted',
      data: {
        kind: 'initial', audience: 'customer', text: 'Checkout is failing.',
        targets: [{ target: 'status-log', ok: true, detail: 'appended' }, { target: 'slack', ok: false, error: 'HTTP 500' }],
        overriddenWarnings: ['missing-next-update'],
      },
    });
    expect(() => recordPostedUpdate(incident, { kind: 'update', audience: 'internal', text: ' ', results: [] })).toThrow('the update is empty');
  });

  it('parses kinds and audiences, naming the valid values on a typo', () => {
    expect(requireUpdateKind('Resolution')).toBe('resolution');
    expect(() => requireUpdateKind('final')).toThrow('unknown update kind "final": use one of initial, update, resolution');
    expect(requireAudience('internal')).toBe('internal');
    expect(() => requireAudience('public')).toThrow('unknown audience "public": use one of customer, internal');
  });

  it('flags and clears a possible breach, refusing a flag that changes nothing', () => {
    const incident = incidentFrom([declared()]);
    expect(setBreachFlag(incident, true)).toEqual([{ incidentId: 'INC-1', type: 'breach.flagged', data: { flagged: true } }]);
    expect(() => setBreachFlag(incident, false)).toThrow('INC-1 is not flagged as a possible personal-data breach');
    expect(() => setBreachFlag(incidentFrom([declared({ breach: true })]), true)).toThrow('already flagged');
  });
});

describe('drafts and history', () => {
  const history = incidentFrom([
    declared(),
    [3, 'update.posted', { kind: 'initial', audience: 'customer', text: '\nCheckout is failing.\nNext update by 03:33 UTC.', targets: [{ target: 'slack', ok: false, error: 'HTTP 500' }] }],
    [4, 'update.posted', { kind: 'initial', audience: 'customer', text: 'Checkout is failing.', targets: [{ target: 'slack', ok: true }, { target: 'log', ok: true }] }],
    [5, 'update.posted', { kind: 'initial', audience: 'internal', text: 'Posted by hand', targets: [], overriddenWarnings: ['empty-impact'] }],
  ]);

  it('suggests initial before a delivered update, update after, resolution once resolved', () => {
    expect(suggestUpdateKind(incidentFrom([declared()]), 'customer')).toBe('initial');
    expect(suggestUpdateKind(history, 'customer')).toBe('update');
    expect(suggestUpdateKind({ ...history, status: 'resolved' }, 'internal')).toBe('resolution');
    expect(updateDraftKey('INC-1', 'update', 'customer')).toBe('update:INC-1:update:customer');
  });

  it('prefers a kept draft over the template so nothing typed is lost', () => {
    expect(prefillDraft({ text: 'my words', savedAt: 'S' }, 'template')).toEqual({ text: 'my words', source: 'draft', savedAt: 'S' });
    expect(prefillDraft({ text: '  ', savedAt: 'S' }, 'template')).toEqual({ text: 'template', source: 'template' });
    expect(prefillDraft(undefined, 'template').source).toBe('template');
  });

  it('lists every update with delivery state and where it went', () => {
    const rows = updateHistory(history);
    expect(rows.map((r) => [r.number, r.headline, r.delivered, r.targetSummary])).toEqual([
      [1, 'Checkout is failing.', false, 'slack FAILED (HTTP 500)'],
      [2, 'Checkout is failing.', true, 'slack ok, log ok'],
      [3, 'Posted by hand', true, 'sent by hand'],
    ]);
    expect(formatUpdateHistory(rows).slice(0, 5)).toEqual([
      '#1  2026-11-22 03:03 UTC  initial/customer  by alice  NOT DELIVERED',
      '    ',
      '    Checkout is failing.',
      '    Next update by 03:33 UTC.',
      '  -> slack FAILED (HTTP 500)',
    ]);
    expect(formatUpdateHistory(rows).at(-1)).toBe('  posted despite: empty-impact');
    expect(formatUpdateHistory([])).toEqual(['no updates posted yet']);
  });
});
