// What a check run writes to the incident timeline is bounded and carries the previous state.
import { describe, expect, it } from 'vitest';
import { boundedCheckData, clampLine, recordCheckRuns, TIMELINE_PERFDATA_MAX, TIMELINE_SUMMARY_MAX } from '../../../../src/domain/checks/check-timeline.js';
import type { IncidentEvent } from '../../../../src/domain/events.js';
import { foldIncident } from '../../../../src/domain/fold.js';

function incidentWith(events: Partial<IncidentEvent>[]) {
  const full = events.map((e, i) => ({ id: `e${i}`, seq: i + 1, incidentId: 'INC-1', at: `2025-01-01T00:0${i}:00.000Z`, actor: 'ana', prevHash: '', hash: '', ...e }) as IncidentEvent);
  return foldIncident(full)!;
}
const declared = { type: 'incident.declared', data: { title: 'API down', severity: 'SEV2', detectedAt: '2025-01-01T00:00:00.000Z' } } as const;
const run = { name: 'api-health', status: 'CRITICAL', summary: 'HTTP 500', durationMs: 12.6, timedOut: false, perfdata: [] } as const;

describe('recordCheckRuns', () => {
  it('records the first run without a previous state', () => {
    const [event] = recordCheckRuns(incidentWith([declared]), [{ ...run, perfdata: [] }]);
    expect(event).toEqual({ incidentId: 'INC-1', type: 'check.finished', data: { name: 'api-health', status: 'CRITICAL', summary: 'HTTP 500', durationMs: 13 } });
  });

  it('carries the state of the previous run of the same check', () => {
    const previous = { type: 'check.finished', data: { name: 'api-health', status: 'OK', summary: 'fine', durationMs: 5 } } as const;
    const [event] = recordCheckRuns(incidentWith([declared, previous]), [{ ...run, perfdata: [] }]);
    expect(event?.data).toMatchObject({ previousStatus: 'OK', status: 'CRITICAL' });
  });

  it('chains previous states within one batch of results', () => {
    const events = recordCheckRuns(incidentWith([declared]), [
      { ...run, status: 'OK', perfdata: [] },
      { ...run, name: 'db', perfdata: [] },
      { ...run, status: 'WARNING', perfdata: [] },
    ]);
    expect(events.map((e) => [(e.data as { name: string }).name, (e.data as { previousStatus?: string }).previousStatus])).toEqual([
      ['api-health', undefined],
      ['db', undefined],
      ['api-health', 'OK'],
    ]);
  });

  it('records nothing on a resolved incident', () => {
    const resolved = { type: 'incident.resolved', data: {} } as const;
    expect(recordCheckRuns(incidentWith([declared, resolved]), [{ ...run, perfdata: [] }])).toEqual([]);
  });
});

describe('boundedCheckData', () => {
  it('cuts long summaries to one line and limits perfdata', () => {
    const perfdata = Array.from({ length: 50 }, (_, i) => ({ label: `m${i}`.padEnd(200, 'x'), value: i, uom: '' }));
    const data = boundedCheckData({ ...run, summary: `first\nsecond ${'y'.repeat(1_000)}`, timedOut: true, perfdata });
    expect(data.summary.length).toBe(TIMELINE_SUMMARY_MAX);
    expect(data.summary.startsWith('first second y')).toBe(true);
    expect(data.summary.endsWith('…')).toBe(true);
    expect(data.perfdata).toHaveLength(TIMELINE_PERFDATA_MAX);
    expect(data.perfdata![0]!.label.length).toBeLessThanOrEqual(60);
    expect(data.timedOut).toBe(true);
    expect(JSON.stringify(data).length).toBeLessThan(4_000);
  });

  it('leaves short text alone', () => {
    expect(clampLine('  all good  ', 20)).toBe('all good');
  });
});
