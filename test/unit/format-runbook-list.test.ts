import { describe, expect, it } from 'vitest';
import { formatRunbookList } from '../../src/cli/format-checklist.js';
import type { RunbookInfo } from '../../src/runbooks/runbook-library.js';

const info = (name: string, items: number): RunbookInfo => ({ name, file: `/r/${name}.md`, origin: 'team', title: name, items, warnings: 0, error: undefined });

describe('formatRunbookList', () => {
  it('counts one item as "1 item", more as "N items", none as a document', () => {
    const lines = formatRunbookList([info('handoff', 1), info('checklist', 12), info('links', 0)]);
    expect(lines.slice(1).map((line) => line.split(/\s{2,}/)[1])).toEqual(['1 item', '12 items', 'document']);
  });
});
