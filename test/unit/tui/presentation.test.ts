import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY_POLICIES } from '../../../src/domain/severity.js';
import { severityChoices, roleChoices } from '../../../src/tui/presentation/choices.js';
import { clockParts, fitClockParts, roleSlots } from '../../../src/tui/presentation/header-model.js';
import { KEYMAP, SCOPE_TITLES } from '../../../src/tui/keymap/keymap.js';
import { helpLines } from '../../../src/tui/presentation/help-lines.js';
import { consoleLayout, paneContentHeight, tooSmall } from '../../../src/tui/presentation/layout.js';
import { statusBarItems } from '../../../src/tui/presentation/status-bar.js';
import { PANES } from '../../../src/tui/state/console-state.js';
import { DETECTED, incident } from './fixtures.js';

const at = (minutes: number, seconds = 0) => new Date(Date.parse(DETECTED) + minutes * 60_000 + seconds * 1000);

describe('consoleLayout', () => {
  for (const [columns, rows] of [[80, 24], [120, 40], [200, 60]] as const) {
    it(`fits ${columns}x${rows}: one row short of the terminal, panes inside the body, none overlapping`, () => {
      const layout = consoleLayout({ columns, rows });
      expect(layout.height).toBe(rows - 1);
      expect(layout.headerHeight + layout.body.height + layout.footerHeight).toBe(rows - 1);
      const cells = new Set<string>();
      for (const pane of PANES) {
        const r = layout.panes[pane];
        expect(r.left + r.width).toBeLessThanOrEqual(columns);
        expect(r.top + r.height).toBeLessThanOrEqual(layout.body.top + layout.body.height);
        expect(paneContentHeight(r)).toBeGreaterThanOrEqual(3);
        for (let y = r.top; y < r.top + r.height; y++) {
          for (let x = r.left; x < r.left + r.width; x++) {
            expect(cells.has(`${x},${y}`)).toBe(false);
            cells.add(`${x},${y}`);
          }
        }
      }
      // The panes tile the whole body.
      expect(cells.size).toBe(layout.body.width * layout.body.height);
    });
  }

  it('puts the timeline beside the other panes on wide terminals, using the height', () => {
    const layout = consoleLayout({ columns: 200, rows: 60 });
    expect(layout.arrangement).toBe('wide');
    expect(layout.panes.timeline.height).toBe(layout.body.height);
    expect(consoleLayout({ columns: 80, rows: 24 }).arrangement).toBe('stacked');
  });

  it('refuses terminals too small to be useful', () => {
    expect(tooSmall({ columns: 59, rows: 30 })).toBe(true);
    expect(tooSmall({ columns: 80, rows: 15 })).toBe(true);
    expect(tooSmall({ columns: 80, rows: 24 })).toBe(false);
  });
});

describe('clockParts', () => {
  it('counts down to the mitigation deadline and the first update', () => {
    const texts = clockParts(incident(), DEFAULT_SEVERITY_POLICIES.SEV1, at(2, 30)).map((p) => p.text);
    expect(texts).toEqual(['Elapsed 2m 30s', 'Mitigate in 2m 30s', 'First public update in 12m 30s']);
  });

  it('turns into OVERDUE, marked as an alarm, once a deadline passes', () => {
    const parts = clockParts(incident(), DEFAULT_SEVERITY_POLICIES.SEV1, at(6, 5));
    expect(parts[1]).toMatchObject({ text: 'Mitigate OVERDUE 1m 05s', alarm: true });
    expect(parts[0]!.alarm).toBe(false);
  });

  it('stops counting once mitigation started, and shows only the duration when resolved', () => {
    const started = incident('INC-1', (log) => log.add('mitigation.started', {}, 3));
    expect(clockParts(started, DEFAULT_SEVERITY_POLICIES.SEV1, at(10)).map((p) => p.text)[1]).toBe('Mitigation under way');
    const resolved = incident('INC-1', (log) => log.add('incident.resolved', {}, 42));
    expect(clockParts(resolved, DEFAULT_SEVERITY_POLICIES.SEV1, at(90)).map((p) => p.text)).toEqual(['Lasted 42m 00s']);
  });

  it('adds the regulator countdown for a possible breach, kept after resolution', () => {
    const flagged = incident('INC-1', (log) => log.add('breach.flagged', { flagged: true }, 1));
    expect(clockParts(flagged, DEFAULT_SEVERITY_POLICIES.SEV1, at(30), 72).at(-1)).toMatchObject({ text: 'Regulator notice in 71h 30m', alarm: false });
    const resolved = incident('INC-1', (log) => log.add('breach.flagged', { flagged: true }, 1).add('incident.resolved', {}, 42));
    expect(clockParts(resolved, DEFAULT_SEVERITY_POLICIES.SEV1, at(73 * 60), 72).map((p) => p.text)).toEqual(['Lasted 42m 00s', 'Regulator notice OVERDUE 1h 00m']);
  });

  it('switches to the short wording when the full line does not fit the terminal', () => {
    const flagged = incident('INC-1', (log) => log.add('breach.flagged', { flagged: true }, 1));
    const parts = clockParts(flagged, DEFAULT_SEVERITY_POLICIES.SEV1, at(16), 72);
    expect(fitClockParts(parts, 200).parts.join('   ')).toBe('Elapsed 16m 00s   Mitigate OVERDUE 11m 00s   First public update OVERDUE 1m 00s   Regulator notice in 71h 44m');
    const narrow = fitClockParts(parts, 80);
    expect(narrow.parts.join(narrow.gap)).toBe('T+16m 00s  Mitigate LATE 11m 00s  1st public upd LATE 1m 00s  Regulator 71h 44m');
    expect(narrow.parts.join(narrow.gap).length).toBeLessThanOrEqual(80);
  });
});

describe('roles and pickers', () => {
  it('lists every role, with the unfilled ones having no holder', () => {
    const slots = roleSlots(incident('INC-1', (log) => log.add('role.assigned', { role: 'scribe', name: 'bob' }, 1)));
    expect(slots.map((s) => [s.short, s.holder])).toEqual([['IC', undefined], ['Tech lead', undefined], ['Comms', undefined], ['Scribe', 'bob']]);
    expect(roleChoices({ roles: { lead: 'eve' } })[1]).toMatchObject({ title: 'Technical Lead', holder: 'eve' });
  });

  it('describes each severity by meaning and by what it commits the team to', () => {
    const [sev1, , , sev4] = severityChoices(DEFAULT_SEVERITY_POLICIES);
    expect(sev1!.meaning).toMatch(/Total outage/);
    expect(sev1!.commitments).toBe('mitigate within 5m · public update 15m · internal update every 15m · deploy freeze');
    expect(sev4!.commitments).toMatch(/ticket/);
  });
});

describe('statusBarItems', () => {
  const context = { screen: 'incident' as const, modal: undefined, focus: 'timeline' as const, readOnly: false, resolvedIncident: undefined };

  it('fits the width and always keeps help and quit', () => {
    const narrow = statusBarItems(context, 40);
    const width = narrow.reduce((sum, i) => sum + i.key.length + 1 + i.label.length + 2, 0);
    expect(width).toBeLessThanOrEqual(42);
    expect(narrow.slice(-2).map((i) => i.label)).toEqual(['help', 'quit']);
    expect(statusBarItems(context, 200).map((i) => i.label)).toContain('note');
  });

  it('marks changing keys disabled in a read-only console', () => {
    const items = statusBarItems({ ...context, readOnly: true }, 200);
    expect(items.find((i) => i.label === 'note')?.disabled).toBe(true);
    expect(items.find((i) => i.label === 'help')?.disabled).toBe(false);
  });
});

describe('helpLines', () => {
  it('covers every binding under a heading', () => {
    const lines = helpLines();
    expect(lines.filter((l) => l.kind === 'binding').length).toBeGreaterThan(30);
    expect(lines[0]).toMatchObject({ kind: 'heading', text: 'Incident screen, any pane' });
  });

  it('lists every group of keys, the dialogs included, and the replay keys only in a replay', () => {
    const headings = (replay: boolean) => helpLines(KEYMAP, replay).filter((l) => l.kind === 'heading').map((l) => l.text);
    const scopes = [...new Set(KEYMAP.map((b) => b.scope))];
    expect([...headings(true)].sort()).toEqual(scopes.map((s) => SCOPE_TITLES[s]).sort());
    expect(headings(false)).not.toContain(SCOPE_TITLES.replay);
    expect(headings(false)).toEqual(expect.arrayContaining([SCOPE_TITLES.action, SCOPE_TITLES['compose-edit'], SCOPE_TITLES.updates, SCOPE_TITLES.breach, SCOPE_TITLES.resolve, SCOPE_TITLES.followups]));
  });

  it('says where a more specific dialog takes a key of a general one', () => {
    const choose = helpLines().find((l) => l.kind === 'binding' && l.text.startsWith('Choose the selected entry'));
    expect(choose?.text).toBe('Choose the selected entry (in the Role picker, Enter: take it)');
  });
});
