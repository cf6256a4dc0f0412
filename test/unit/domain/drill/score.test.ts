/** The drill score is a pure function of the scenario, the folded incident and the times. */
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../../src/domain/drill/scenario.js';
import { dueSteps, msUntilNextStep } from '../../../../src/domain/drill/schedule.js';
import { scoreDrill } from '../../../../src/domain/drill/score.js';
import { scoreLines } from '../../../../src/domain/drill/score-report.js';
import { foldAll } from '../../../../src/domain/fold.js';
import { DEFAULT_SEVERITY_POLICIES } from '../../../../src/domain/severity.js';
import type { IncidentEvent } from '../../../../src/domain/events.js';

const scenario = scenarioSchema.parse({
  name: 'bad-deploy',
  title: 't',
  briefing: 'b',
  steps: [
    { at: '1m', action: 'deploy', version: 'v1.2.0' },
    { at: 10, action: 'slow', ms: 500 },
  ],
  expect: { severity: 'SEV1', mitigation: ['rollback'], mitigatedWithin: '10m' },
});

const T0 = Date.parse('2026-01-01T10:00:00Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();
let seq = 0;
const event = (seconds: number, type: string, data: Record<string, unknown>): IncidentEvent =>
  ({ id: `e${++seq}`, seq, incidentId: 'INC-1', at: at(seconds), actor: 'ana', type, data, prevHash: '', hash: '' }) as unknown as IncidentEvent;

describe('drill schedule', () => {
  it('fires steps in offset order, each once', () => {
    expect(dueSteps(scenario, 5_000, new Set())).toEqual([]);
    expect(dueSteps(scenario, 10_000, new Set()).map((d) => d.step.action)).toEqual(['slow']);
    expect(dueSteps(scenario, 60_000, new Set([0])).map((d) => d.step.action)).toEqual(['deploy']);
    expect(msUntilNextStep(scenario, 30_000, new Set([0]))).toBe(30_000);
    expect(msUntilNextStep(scenario, 70_000, new Set([0, 1]))).toBeUndefined();
  });

  it('rejects a bad duration, naming the field', () => {
    const bad = scenarioSchema.safeParse({ ...scenario, steps: [{ at: 'soon', action: 'deploy', version: 'v1' }] });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain('not a duration');
  });
});

const judged = (ticked: number, total: number) => ({ ticked, total, sections: [], allTicked: ticked, allTotal: total * 2 });

/** The incident declared at 90 s with these action events after it, scored. */
function scoredWith(actionEvents: IncidentEvent[]) {
  const incident = foldAll([event(90, 'incident.declared', { title: 'x', severity: 'SEV1', detectedAt: at(90) }), ...actionEvents])[0];
  return scoreDrill({ scenario, incident, faultAt: at(60), endedAt: at(900), policies: DEFAULT_SEVERITY_POLICIES, checklist: judged(0, 0) });
}

const run = (seconds: number, name: string, finish: Record<string, unknown> | undefined, dryRun = false): IncidentEvent[] => {
  const common = { name, kind: name, argv: [], ...(dryRun ? { dryRun: true } : {}) };
  const started = event(seconds, 'action.started', common);
  return finish ? [started, event(seconds + 5, 'action.finished', { ...common, durationMs: 5_000, outputTail: '', ...finish })] : [started];
};

describe('drill score: the mitigation', () => {
  it('does not count a dry run of the right action as using it', () => {
    const score = scoredWith(run(100, 'rollback', { exitCode: 0 }, true));
    expect(score.mitigation).toMatchObject({ used: [], failed: [], dryRunOnly: ['rollback'], met: false });
    expect(scoreLines(score).join('\n')).toMatch(/NO +mitigation used +none \(expected rollback\); dry run only: rollback/);
  });

  it('tells a real run that failed, timed out or never finished apart from one that worked', () => {
    const failed = scoredWith([...run(100, 'rollback', { exitCode: 1 }), ...run(120, 'restart', { exitCode: null, timedOut: true }), ...run(140, 'maintenance-on', undefined)]);
    expect(failed.mitigation).toMatchObject({ used: [], failed: ['rollback', 'restart', 'maintenance-on'], met: false });
    expect(scoreLines(failed).join('\n')).toContain('tried but failed: rollback, restart, maintenance-on');
    const retried = scoredWith([...run(100, 'rollback', { exitCode: 1 }), ...run(100, 'rollback', { exitCode: 0 }, true), ...run(200, 'rollback', { exitCode: 0 })]);
    expect(retried.mitigation).toMatchObject({ used: ['rollback'], failed: [], dryRunOnly: [], met: true });
  });
});

describe('drill score', () => {
  it('times each milestone from the first fault and checks suspect, mitigation and checklist', () => {
    const events = [
      event(90, 'incident.declared', { title: 'x', severity: 'SEV1', detectedAt: at(90) }),
      event(120, 'change.suspected', { changeId: 'c1', kind: 'deploy', source: 'd', title: 'deploy v1.2.0', ref: 'v1.2.0', changedAt: at(60) }),
      event(200, 'mitigation.started', {}),
      event(200, 'action.started', { name: 'rollback', kind: 'rollback', argv: [] }),
      event(260, 'action.finished', { name: 'rollback', kind: 'rollback', argv: [], exitCode: 0, durationMs: 60_000, outputTail: '' }),
      event(400, 'incident.mitigated', {}),
    ];
    const incident = foldAll(events)[0];
    const score = scoreDrill({ scenario, incident, faultAt: at(60), endedAt: at(500), policies: DEFAULT_SEVERITY_POLICIES, checklist: judged(3, 4) });
    expect(score.times.map((t) => [t.label, t.ms, t.met])).toEqual([
      ['declare', 30_000, true],
      ['first customer update', null, false],
      ['start mitigating', 140_000, true],
      ['mitigate', 340_000, true],
    ]);
    expect(score.suspect).toEqual({ expected: 'v1.2.0', marked: ['v1.2.0'], met: true });
    expect(score.mitigation.met).toBe(true);
    expect(score.checklist.met).toBe(true);
    expect(score.points).toBe(score.outOf - 1);
    expect(scoreLines(score)[0]).toContain(`${score.points}/${score.outOf}`);
  });

  it('scores a drill nobody declared as a miss on every count', () => {
    const score = scoreDrill({ scenario, incident: undefined, faultAt: at(60), endedAt: at(500), policies: DEFAULT_SEVERITY_POLICIES, checklist: judged(0, 0) });
    expect(score.points).toBe(0);
    expect(score.severity.met).toBe(false);
    expect(score.incidentId).toBeNull();
  });
});
