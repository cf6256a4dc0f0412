import { describe, expect, it } from 'vitest';
import { formatLintWarning, lintUpdate, type LintInput } from '../../../../src/domain/comms/update-lint.js';

const rules = (text: string, overrides: Partial<LintInput> = {}) =>
  lintUpdate({ text, kind: 'update', audience: 'customer', ...overrides }).map((w) => w.rule);

const GOOD = 'Checkout is failing for some customers: card payments return an error.\nNext update by 03:40 UTC.';

describe('update lint', () => {
  it('passes a specific update with impact and a next-update time', () => {
    expect(rules(GOOD)).toEqual([]);
    expect(rules('Logins fail for all users. We will post the next update within 30 minutes.')).toEqual([]);
    expect(rules('Uploads are slow for EU customers. We will update you again at 04:15 UTC.')).toEqual([]);
  });

  it('warns when no next-update time is given, except for a resolution', () => {
    expect(rules('Checkout errors for all customers. We are investigating.')).toEqual(['missing-next-update']);
    expect(rules('Checkout errors for all customers. Next update soon.')).toEqual(['missing-next-update']);
    expect(rules('Checkout works again for all customers.', { kind: 'resolution' })).toEqual([]);
  });

  it.each([
    'It will be fixed in 10 minutes.',
    'We expect this to be resolved within 20 minutes.',
    'Service will be restored shortly.',
    'Checkout should be back up by 04:00 UTC.',
    'ETA 15 min.',
    'Service should be back in 10 minutes.',
    'We expect a fix in about 20 minutes.',
    'Resolution expected in 30 minutes.',
    'We aim to restore service within the hour.',
    'We expect a full recovery in approximately 15 minutes.',
    'Payments should be working again in 10-15 minutes.',
    'We hope to have checkout up and running by the end of the day.',
  ])('warns about a promised fix time in %j, with the line and the words', (sentence) => {
    const warnings = lintUpdate({ text: `${GOOD}\n${sentence}`, kind: 'update', audience: 'internal' });
    expect(warnings.map((w) => w.rule)).toEqual(['promised-fix-time']);
    expect(warnings[0]!.line).toBe(3);
    expect(sentence).toContain(warnings[0]!.excerpt);
  });

  it.each([
    'Next update in 30 minutes.',
    'We restored service at 14:05 UTC.',
    'Service was restored within 12 minutes of the rollback.',
    'We fixed the queue in 20 minutes and are watching it.',
    'Next update by 15:00 UTC, or sooner if service is restored.',
    'Next update by 03:40 UTC (in 30 minutes), or sooner if the fix lands.',
    'We will publish a review within 48 hours.',
    'We deployed a fix at 03:20 UTC and are monitoring.',
  ])('does not take %j for a promised fix time', (sentence) => {
    expect(rules(`${GOOD}\n${sentence}`, { audience: 'internal' })).toEqual([]);
  });

  it('warns about a next-update time that has passed, read on the clock passed in', () => {
    const at = (iso: string) => ({ now: new Date(iso) });
    const stale = 'Checkout errors for all customers.\nNext update by 09:00 UTC.';
    expect(lintUpdate({ text: stale, kind: 'update', audience: 'customer', ...at('2026-11-22T16:36:00Z') })).toEqual([
      {
        rule: 'past-next-update',
        message: 'the next-update time has already passed (it is 16:36 UTC now): give a time still ahead',
        line: 2,
        excerpt: '09:00 UTC',
      },
    ]);
    // Still ahead, within the named minute, written before midnight for after it, or dated.
    expect(rules(stale, at('2026-11-22T08:30:00Z'))).toEqual([]);
    expect(rules(stale, at('2026-11-22T09:00:59Z'))).toEqual([]);
    expect(rules(stale, at('2026-11-22T09:01:00Z'))).toEqual(['past-next-update']);
    expect(rules('Errors for all users.\nNext update by 00:20 UTC.', at('2026-11-22T23:50:00Z'))).toEqual([]);
    expect(rules('Errors for all users.\nNext update by 00:20 UTC.', at('2026-11-23T01:00:00Z'))).toEqual(['past-next-update']);
    expect(rules('Errors for all users.\nNext update by 2026-11-21 23:50 UTC.', at('2026-11-22T00:10:00Z'))).toEqual(['past-next-update']);
    // Without a clock, or for a time that is not on a next-update line or not in UTC, nothing is said.
    expect(rules(stale)).toEqual([]);
    expect(rules('Errors for all users since 09:00 UTC.\nNext update in 30 minutes.', at('2026-11-22T16:36:00Z'))).toEqual([]);
  });

  it('warns about a guessed cause to customers only; hedges about impact are not guesses about cause', () => {
    const guess = `${GOOD}\nThis is probably caused by a bad deploy.`;
    expect(rules(guess)).toEqual(['speculative-cause']);
    expect(rules(guess, { audience: 'internal' })).toEqual([]);
    expect(rules(`${GOOD}\nThe errors were caused by a database failover.`)).toEqual(['speculative-cause']);
    expect(rules(`${GOOD}\nWe believe it is related to the payment provider.`)).toEqual(['speculative-cause']);
    expect(rules(`Some users are likely to see errors at checkout.\nNext update by 03:40 UTC.`)).toEqual([]);
  });

  it('warns about an empty impact: an empty Impact line, a left-over impact marker, or no word about who is affected', () => {
    expect(rules('We are investigating.\nImpact:\nNext update by 03:40 UTC.')).toEqual(['empty-impact']);
    const marker = lintUpdate({ text: 'Impact: <<impact: who is affected>>\nNext update by 03:40 UTC.', kind: 'initial', audience: 'customer' });
    expect(marker).toEqual([{ rule: 'empty-impact', message: 'fill in the marked gap: impact: who is affected', line: 1, excerpt: '<<impact: who is affected>>' }]);
    expect(rules('We are investigating.\nNext update by 03:40 UTC.')).toEqual(['empty-impact']);
    expect(rules('<<restored at: time>>\nDone for all users.', { kind: 'resolution' })).toEqual(['unfilled-marker']);
  });

  it('an empty text is one warning, and warnings format as one readable line', () => {
    expect(rules('  \n ')).toEqual(['empty-text']);
    const [warning] = lintUpdate({ text: `${GOOD}\nFixed within 5 minutes.`, kind: 'update', audience: 'customer' });
    expect(formatLintWarning(warning!)).toBe(
      'line 3: promised-fix-time: promises when it will be fixed; say what you are doing and when the next update comes instead ("within 5 minutes")',
    );
  });
});
