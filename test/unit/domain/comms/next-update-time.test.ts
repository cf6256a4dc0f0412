import { describe, expect, it } from 'vitest';
import { nextUpdateTimes, refreshKeptDraft, refreshPastNextUpdate } from '../../../../src/domain/comms/next-update-time.js';
import { DEFAULT_SEVERITY_POLICIES } from '../../../../src/domain/severity.js';

const at = (iso: string) => new Date(iso);

describe('next-update times in an update', () => {
  it('reads UTC times on next-update lines only, placed on the clock nearest to now', () => {
    const text = 'Errors since 08:10 UTC.\nNext update by 09:00 UTC (in 30 minutes).\nNext internal update by 2026-11-23 00:20 UTC.';
    expect(nextUpdateTimes(text, at('2026-11-22T16:36:00Z')).map((t) => [t.line, t.excerpt, t.at.toISOString()])).toEqual([
      [2, '09:00 UTC', '2026-11-22T09:00:00.000Z'],
      [3, '2026-11-23 00:20 UTC', '2026-11-23T00:20:00.000Z'],
    ]);
    expect(nextUpdateTimes('Next update by 00:20 UTC.', at('2026-11-22T23:50:00Z'))[0]!.at.toISOString()).toBe('2026-11-23T00:20:00.000Z');
    expect(nextUpdateTimes('Next update by 23:50 UTC.', at('2026-11-23T00:20:00Z'))[0]!.at.toISOString()).toBe('2026-11-22T23:50:00.000Z');
    expect(nextUpdateTimes('Next update by 09:00.', at('2026-11-22T16:36:00Z'))).toEqual([]);
  });

  it('moves only the times that have passed, leaving every other word as typed', () => {
    const draft = 'Checkout fails (since 08:10 UTC).\nNext update by 09:00 UTC (in 30 minutes), or sooner.';
    expect(refreshPastNextUpdate(draft, at('2026-11-22T16:36:00Z'), '17:06 UTC')).toEqual({
      text: 'Checkout fails (since 08:10 UTC).\nNext update by 17:06 UTC (in 30 minutes), or sooner.',
      moved: [{ from: '09:00 UTC', to: '17:06 UTC' }],
    });
    expect(refreshPastNextUpdate(draft, at('2026-11-22T08:45:00Z'), '09:15 UTC')).toEqual({ text: draft, moved: [] });
  });

  it('a kept draft offered at 16:36 gets the cadence of its severity and audience from then', () => {
    const draft = 'Next update by 09:00 UTC.';
    // SEV2: customers every 60 minutes, internal every 30.
    expect(refreshKeptDraft(draft, DEFAULT_SEVERITY_POLICIES.SEV2, 'customer', at('2026-11-22T16:36:20Z')).text).toBe('Next update by 17:37 UTC.');
    expect(refreshKeptDraft(draft, DEFAULT_SEVERITY_POLICIES.SEV2, 'internal', at('2026-11-22T16:36:00Z')).text).toBe('Next update by 17:06 UTC.');
    // Past midnight the new time carries its date; 09:00 read at 23:30 is tomorrow's, still ahead.
    expect(refreshKeptDraft('Next update by 22:00 UTC.', DEFAULT_SEVERITY_POLICIES.SEV2, 'customer', at('2026-11-22T23:30:00Z')).text).toBe('Next update by 2026-11-23 00:30 UTC.');
    expect(refreshKeptDraft(draft, DEFAULT_SEVERITY_POLICIES.SEV2, 'customer', at('2026-11-22T23:30:00Z')).moved).toEqual([]);
  });
});
