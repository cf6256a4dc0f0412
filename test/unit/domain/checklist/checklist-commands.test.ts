import { describe, expect, it } from 'vitest';
import { attachRunbook, toggleChecklistItem } from '../../../../src/domain/checklist/checklist-commands.js';
import { DomainError } from '../../../../src/domain/domain-error.js';
import { foldIncident } from '../../../../src/domain/fold.js';
import type { IncidentState } from '../../../../src/domain/incident-state.js';
import { eventLog, type EventLog } from '../../../helpers/event-log.js';

const CONFIG = { checklist: 'incident-checklist.md', bySeverity: { SEV1: ['recovery-verification.md'] } };
const TARGET = { runbook: 'db', itemId: 'confirm/database-answers', text: 'Database answers', contentHash: 'sha256:v1' };

function declared(severity: 'SEV1' | 'SEV2' = 'SEV2'): EventLog {
  return eventLog('INC-1', '2026-11-22T03:00:00.000Z').add('incident.declared', { title: 'Db down', severity, detectedAt: '2026-11-22T03:00:00.000Z' }, 0);
}

function state(log: EventLog): IncidentState {
  return foldIncident(log.events)!;
}

describe('toggleChecklistItem', () => {
  it('ticking records who, which item, which runbook and which file version; the fold keys it runbook#itemId', () => {
    const log = declared();
    const [event] = toggleChecklistItem(state(log), TARGET, true);
    expect(event).toEqual({ incidentId: 'INC-1', type: 'checklist.toggled', data: { ...TARGET, checked: true } });
    log.add('checklist.toggled', event!.data as never, 2, 'bob');
    expect(state(log).checklist['db#confirm/database-answers']).toMatchObject({ checked: true, by: 'bob', contentHash: 'sha256:v1' });
  });

  it('refuses to tick an item that is already ticked, naming who ticked it and when', () => {
    const log = declared().add('checklist.toggled', { ...TARGET, checked: true }, 2, 'bob');
    expect(() => toggleChecklistItem(state(log), TARGET, true)).toThrow('"Database answers" is already ticked (ticked by bob at 2026-11-22T03:02:00.000Z)');
  });

  it('refuses to untick an item nobody ticked, and allows it once ticked', () => {
    const log = declared();
    expect(() => toggleChecklistItem(state(log), TARGET, false)).toThrow('"Database answers" is not ticked');
    log.add('checklist.toggled', { ...TARGET, checked: true }, 2);
    expect(toggleChecklistItem(state(log), { ...TARGET, contentHash: 'sha256:v2' }, false)[0]!.data).toMatchObject({ checked: false, contentHash: 'sha256:v2' });
  });

  it('ticking works after the incident is resolved (postmortem items come after resolution)', () => {
    const log = declared().add('incident.resolved', {}, 30);
    expect(toggleChecklistItem(state(log), TARGET, true)).toHaveLength(1);
  });
});

describe('attachRunbook', () => {
  it('records the runbook by canonical name with its content hash', () => {
    expect(attachRunbook(state(declared()), CONFIG, 'worker-backlog.md', 'sha256:w1')).toEqual([
      { incidentId: 'INC-1', type: 'runbook.attached', data: { runbook: 'worker-backlog', contentHash: 'sha256:w1' } },
    ]);
  });

  it('refuses the default checklist and the severity runbooks: they are already on it', () => {
    expect(() => attachRunbook(state(declared()), CONFIG, 'incident-checklist', 'sha256:x')).toThrow('incident-checklist is already the default checklist');
    expect(() => attachRunbook(state(declared('SEV1')), CONFIG, 'recovery-verification.md', 'sha256:x')).toThrow(
      'recovery-verification is already on the checklist for SEV1',
    );
    expect(attachRunbook(state(declared('SEV2')), CONFIG, 'recovery-verification.md', 'sha256:x')).toHaveLength(1);
  });

  it('refuses the same version twice, but records a changed file again', () => {
    const log = declared().add('runbook.attached', { runbook: 'worker-backlog', contentHash: 'sha256:w1' }, 1);
    const again = () => attachRunbook(state(log), CONFIG, 'worker-backlog', 'sha256:w1');
    expect(again).toThrow(DomainError);
    expect(again).toThrow('worker-backlog is already attached to INC-1 (version w1)');
    expect(attachRunbook(state(log), CONFIG, 'worker-backlog', 'sha256:w2')).toHaveLength(1);
  });
});
