import { describe, expect, it } from 'vitest';
import type { IncidentEvent } from '../../../src/domain/events.js';
import { eventDetailLines } from '../../../src/tui/presentation/event-details.js';

const base = { incidentId: 'INC-1', seq: 7, id: 'evt-000007', at: '2026-11-22T03:12:04.500Z', actor: 'bob', prevHash: '0', hash: 'abcdef0123456789' };

describe('event detail lines', () => {
  it('shows a note once, as written, with when, who, type and id', () => {
    const event = { ...base, type: 'note.added', data: { text: 'first line\nsecond line' } } as IncidentEvent;
    expect(eventDetailLines(event).map((l) => l.text)).toEqual([
      'note',
      '',
      'Time       2026-11-22 03:12:04Z (2026-11-22T03:12:04.500Z)',
      'Actor      bob',
      'Type       note.added',
      'Event      #7 · evt-000007 · hash abcdef012345',
      '',
      'Data (1 field)',
      '  text:',
      '    first line',
      '    second line',
    ]);
  });

  it('keeps the summary when it says more than the data, and lists nested data as written', () => {
    const event = { ...base, type: 'action.started', data: { name: 'rollback', argv: ['deploy', '--to', '1.4.1'], dryRun: false } } as IncidentEvent;
    const lines = eventDetailLines(event).map((l) => l.text);
    expect(lines[0]).toBe('action rollback started');
    expect(lines[1]).toBe('deploy --to 1.4.1');
    expect(lines).toContain('  name: rollback');
    expect(lines).toContain('  dryRun: false');
    expect(lines.slice(lines.indexOf('  argv:') + 1, lines.indexOf('  argv:') + 6)).toEqual(['    [', '      "deploy",', '      "--to",', '      "1.4.1"', '    ]']);
  });
});
