import { describe, expect, it } from 'vitest';
import { factsSinceLastUpdate, formatFacts } from '../../../../src/domain/comms/update-digest.js';
import { declared, incidentFrom, type Step } from './incident-log.js';

const check = (minutes: number, status: 'OK' | 'CRITICAL', summary = 'HTTP 502'): Step => [
  minutes,
  'check.finished',
  { name: 'http', status, summary, durationMs: 10 },
];
const update = (minutes: number, audience: 'customer' | 'internal', ok: boolean): Step => [
  minutes,
  'update.posted',
  { kind: 'initial', audience, text: 'x', targets: [{ target: 'slack', ok }] },
];

const timeline: Step[] = [
  declared(),
  check(1, 'CRITICAL'),
  [2, 'note.added', { text: 'looking at the 02:55 deploy' }, 'bob'],
  update(3, 'customer', true),
  update(3, 'internal', true),
  [4, 'status.changed', { from: 'investigating', to: 'identified' }],
  [5, 'change.suspected', { changeId: 'd1', kind: 'deploy', source: 'deploys', title: 'web v42', ref: 'v42', changedAt: '2026-11-22T02:55:00.000Z' }],
  [6, 'mitigation.started', { via: 'rollback' }, 'carol'],
  [7, 'action.finished', { name: 'rollback', kind: 'rollback', argv: ['x'], exitCode: 0, durationMs: 1, outputTail: '' }],
  check(8, 'OK', 'HTTP 200'),
  [9, 'status.changed', { from: 'identified', to: 'monitoring' }],
  update(10, 'customer', false),
];

describe('new facts since the last update', () => {
  it('internal readers get everything after the last delivered internal update, check recoveries included', () => {
    const facts = factsSinceLastUpdate(incidentFrom(timeline), 'internal');
    expect(formatFacts(facts).split('\n')).toEqual([
      '- 03:04 UTC  status investigating -> identified',
      '- 03:05 UTC  suspected trigger: deploy "web v42" (v42) at 02:55 UTC',
      '- 03:06 UTC  mitigation started via rollback by carol',
      '- 03:07 UTC  action "rollback" succeeded',
      '- 03:08 UTC  check http recovered (CRITICAL -> OK)',
      '- 03:09 UTC  status identified -> monitoring',
    ]);
  });

  it('customers hear only progress, and a failed post does not reset what they still need to hear', () => {
    const facts = factsSinceLastUpdate(incidentFrom(timeline), 'customer').map((f) => f.text);
    expect(facts).toEqual([
      'We have identified what is causing the problem.',
      'We have started applying a mitigation.',
      'A fix is in place and we are watching to confirm that it holds.',
    ]);
  });

  it('before any update, facts run from the declaration; a new failure is a fact too', () => {
    const facts = factsSinceLastUpdate(incidentFrom(timeline.slice(0, 3)), 'internal').map((f) => f.text);
    expect(facts).toEqual(['check http is CRITICAL: HTTP 502', 'note from bob: looking at the 02:55 deploy']);
    expect(factsSinceLastUpdate(incidentFrom([declared()]), 'customer')).toEqual([]);
  });

  it('long digests keep the newest entries and say how many were left out', () => {
    const many: Step[] = [declared(), ...Array.from({ length: 12 }, (_, i): Step => [i + 1, 'note.added', { text: `n${i + 1}` }])];
    const lines = formatFacts(factsSinceLastUpdate(incidentFrom(many), 'internal'), 10).split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe('- (2 earlier entries on the timeline)');
    expect(lines.at(-1)).toBe('- 03:12 UTC  note from alice: n12');
  });
});
