import { describe, expect, it } from 'vitest';
import { formatTimelineLine, timelineEntry, utcDateTime } from '../../../../src/domain/timeline-line.js';
import type { IncidentEvent } from '../../../../src/domain/events.js';
import { eventLog } from '../../../helpers/event-log.js';

const START = '2026-11-22T23:58:00.000Z';

describe('timeline lines', () => {
  const log = eventLog('INC-1', START)
    .add('incident.declared', { title: 'Checkout 502', severity: 'SEV1', detectedAt: '2026-11-22T23:55:00.000Z' }, 0)
    .add('check.finished', { name: 'db-ping', status: 'CRITICAL', previousStatus: 'OK', summary: 'connection refused', durationMs: 1500 }, 1, 'bot')
    .add('action.finished', { name: 'rollback', kind: 'rollback', argv: ['deploy', 'rollback'], exitCode: 0, durationMs: 64_000, outputTail: 'step 1\nrolled back to v41\n' }, 3)
    .add('action.finished', { name: 'restart', kind: 'restart', argv: ['x'], exitCode: null, durationMs: 60_000, outputTail: '', timedOut: true, error: 'timed out after 60s' }, 4)
    .add('change.suspected', { changeId: 'c1', kind: 'deploy', source: 'deploys.jsonl', title: 'v42 checkout', ref: 'v42', changedAt: '2026-11-22T23:40:00.000Z' }, 5)
    .add('checklist.toggled', { runbook: 'checkout-502', itemId: 'rollback', text: 'Roll back the last deploy', checked: true, contentHash: 'abcdef0123456789' }, 6)
    .add('update.posted', { kind: 'update', audience: 'customer', text: 'Checkout is failing.\nNext update in 30 minutes.', targets: [{ target: 'statuspage', ok: false, error: 'HTTP 503' }] }, 7);
  const entries = log.events.map(timelineEntry);

  it('states what happened and the result, on one line each', () => {
    expect(entries.map((e) => [e.what, e.result])).toEqual([
      ['declared SEV1: Checkout 502', 'detected 2026-11-22 23:55:00Z'],
      ['check db-ping', 'OK → CRITICAL; connection refused; 1.5s'],
      ['action rollback finished', 'exit 0; 1m 04s; rolled back to v41'],
      ['action restart finished', 'timed out after 60s; 1m 00s'],
      ['marked deploy v42 as suspect: v42 checkout', 'changed 2026-11-22 23:40:00Z; source deploys.jsonl'],
      ['checked "Roll back the last deploy"', 'checkout-502#rollback @ abcdef012345'],
      ['update posted (customer)', 'Checkout is failing. Next update in 30 minutes.; statuspage failed: HTTP 503'],
    ]);
  });

  it('formats a line with the UTC time and actor, with the date when asked (past midnight here)', () => {
    expect(formatTimelineLine(entries[1]!)).toBe('23:59:00Z  bot  check db-ping  OK → CRITICAL; connection refused; 1.5s');
    expect(formatTimelineLine(entries[6]!, { withDate: true }).startsWith('2026-11-23 00:05:00Z  alice  update posted')).toBe(true);
  });

  it('shows events of unknown types by their type instead of dropping them', () => {
    const future = { ...log.events[0]!, type: 'pager.escalated', data: {} } as unknown as IncidentEvent;
    expect(timelineEntry(future)).toMatchObject({ what: 'pager.escalated', result: '' });
  });

  it('passes text that is not a time through unchanged', () => {
    expect(utcDateTime('yesterday')).toBe('yesterday');
  });
});
