import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY_POLICIES, ESCALATION_RULE } from '../../../src/domain/severity.js';
import { severityChoices } from '../../../src/tui/presentation/choices.js';
import { displayWidth } from '../../../src/tui/presentation/printable-text.js';
import { severityPickerRows, wrapSegments } from '../../../src/tui/presentation/severity-picker-rows.js';

const choices = severityChoices(DEFAULT_SEVERITY_POLICIES);
const text = (rows: ReturnType<typeof severityPickerRows>) => rows.map((r) => r.segments.map((s) => s.text).join(''));
const flat = (lines: string[]) => lines.join(' ').replace(/\s+/g, ' ');

describe('severity picker rows', () => {
  it('at 80x24 (76 columns, 13 rows) shows every meaning and commitment in full, and the rule', () => {
    const lines = text(severityPickerRows(choices, 1, 76, 13, ESCALATION_RULE));
    expect(lines.length).toBeLessThanOrEqual(13);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(76);
    for (const choice of choices) {
      expect(flat(lines)).toContain(choice.meaning);
      expect(flat(lines).toLowerCase()).toContain(choice.commitments.toLowerCase());
    }
    expect(lines.at(-1)).toBe('When in doubt, escalate.');
  });

  it('with room keeps commitments on the level row, the meaning below it and the whole rule', () => {
    const rows = severityPickerRows(choices, 0, 116, 30, ESCALATION_RULE);
    const lines = text(rows);
    expect(lines[0]).toBe(`› 1  SEV1  Critical ${choices[0]!.commitments}`);
    expect(lines[1]).toBe(`    ${choices[0]!.meaning}`);
    expect(lines.at(-1)).toBe(ESCALATION_RULE);
    expect(rows.filter((r) => r.selected)).toEqual([rows[0]]);
  });

  it('when even the compact layout does not fit, cuts each level to its share of the rows with "…"', () => {
    const lines = text(severityPickerRows(choices, 0, 56, 9, ESCALATION_RULE));
    expect(lines).toHaveLength(9);
    expect(lines.filter((l) => l.endsWith('…'))).toHaveLength(4);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(56);
  });

  it('wraps at words by display width, never past the edge', () => {
    const rows = wrapSegments([{ text: '日本語 テスト 👍👍 word', tone: 'plain' }], 10, 2).map((r) => r.map((s) => s.text).join(''));
    expect(rows).toEqual(['日本語', '  テスト', '  👍👍', '  word']);
  });
});
