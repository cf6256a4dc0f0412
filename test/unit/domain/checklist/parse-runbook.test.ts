import { describe, expect, it } from 'vitest';
import { parseRunbook } from '../../../../src/domain/checklist/parse-runbook.js';
import { hasTaskItems } from '../../../../src/domain/checklist/runbook-model.js';

const md = (lines: string[]): string => `${lines.join('\n')}\n`;

describe('parseRunbook: structure', () => {
  it('turns headings into sections and task items into items with section-scoped ids', () => {
    const runbook = parseRunbook(md([
      '# Database down',
      'Intro text, not an item.',
      '## 1. Confirm',
      '- [ ] The database answers',
      '- [x] Note the start time',
      '## 2. Mitigate',
      '1. [ ] Restart the pool',
    ]));
    expect(runbook.title).toBe('Database down');
    expect(runbook.sections.map((s) => [s.id, s.title, s.level, s.items.length])).toEqual([
      ['database-down', 'Database down', 1, 0],
      ['confirm', '1. Confirm', 2, 2],
      ['mitigate', '2. Mitigate', 2, 1],
    ]);
    expect(runbook.items.map((i) => i.id)).toEqual(['confirm/the-database-answers', 'confirm/note-the-start-time', 'mitigate/restart-the-pool']);
    expect(runbook.items[0]!.line).toBe(4);
    expect(runbook.warnings).toEqual([]);
  });

  it('keeps nesting: children hang off their parent, with depth and parent id', () => {
    const runbook = parseRunbook(md([
      '## Triage',
      '- [ ] Which layer is it?',
      '  - [ ] App',
      '    - [ ] Worker pool',
      '  - [ ] Database',
      '- [ ] Next',
    ]));
    const [layer, next] = runbook.sections[0]!.items;
    expect(layer!.children.map((c) => c.text)).toEqual(['App', 'Database']);
    expect(layer!.children[0]!.children[0]).toMatchObject({ text: 'Worker pool', depth: 2, parentId: 'triage/app' });
    expect(next!.depth).toBe(0);
    expect(runbook.items.map((i) => `${i.depth}:${i.text}`)).toEqual(['0:Which layer is it?', '1:App', '2:Worker pool', '1:Database', '0:Next']);
  });

  it('keeps code blocks inside an item as its suggested commands, in order, with their language', () => {
    const runbook = parseRunbook(md([
      '## Check',
      '- [ ] Connections below the limit',
      '  ```sql',
      '  select count(*) from pg_stat_activity;',
      '  ```',
      '  Then compare with max_connections.',
      '  ```',
      '  psql -c "show max_connections"',
      '  ```',
      '- [ ] Next item',
      '```sh',
      'echo not indented: belongs to no item',
      '```',
    ]));
    const [first, second] = runbook.items;
    expect(first!.commands).toEqual([
      { lang: 'sql', code: 'select count(*) from pg_stat_activity;' },
      { lang: undefined, code: 'psql -c "show max_connections"' },
    ]);
    expect(first!.notes).toEqual(['Then compare with max_connections.']);
    expect(second!.commands).toEqual([]);
  });

  it('keeps links with text and url, resolves reference links, and reads check:NAME as the linked check', () => {
    const runbook = parseRunbook(md([
      '## Verify',
      '- [ ] Health is green `check:api-health`, see [dashboard](https://grafana.example/d/1) and [logs][l] or <https://status.example.com>',
      '  - a plain sub-bullet with [a runbook](rollback-rules.md)',
      '',
      '[l]: https://logs.example/app',
    ]));
    const item = runbook.items[0]!;
    expect(item.text).toBe('Health is green , see dashboard and logs or https://status.example.com');
    expect(item.check).toBe('api-health');
    expect(item.links).toEqual([
      { text: 'dashboard', url: 'https://grafana.example/d/1' },
      { text: 'logs', url: 'https://logs.example/app' },
      { text: 'https://status.example.com', url: 'https://status.example.com' },
      { text: 'a runbook', url: 'rollback-rules.md' },
    ]);
    expect(item.notes).toEqual(['a plain sub-bullet with a runbook']);
    expect(item.id).toBe('verify/health-is-green-see-dashboard-and');
  });

  it('keeps other inline code in the text and only takes check: markers as checks', () => {
    const runbook = parseRunbook(md(['- [ ] Run `nginx -t` then `check:disk` and `check: spaced`']));
    expect(runbook.items[0]).toMatchObject({ text: 'Run `nginx -t` then and `check: spaced`', check: 'disk' });
  });

  it('warns when an item names two different checks and links only the first', () => {
    const runbook = parseRunbook(md(['## A', '- [ ] Host ok `check:disk` `check:memory`']));
    expect(runbook.items[0]!.check).toBe('disk');
    expect(runbook.warnings).toEqual([{ line: 2, message: 'item "Host ok" names checks disk and memory; only disk is linked' }]);
  });
});

describe('parseRunbook: adversarial markdown', () => {
  it('a document without task items parses as a readable document with no items', () => {
    const runbook = parseRunbook(md(['# Rollback rules', '1. Roll back first.', '- plain bullet', '| a | b |', '|---|---|', '| 1 | 2 |']));
    expect(hasTaskItems(runbook)).toBe(false);
    expect(runbook.title).toBe('Rollback rules');
    expect(runbook.sections).toHaveLength(1);
  });

  it('an empty file and a file of only whitespace give no title, sections or items', () => {
    for (const text of ['', '   \n\n\t\n']) {
      expect(parseRunbook(text)).toEqual({ title: undefined, sections: [], items: [], warnings: [] });
    }
  });

  it('duplicate item texts get -2, -3 suffixes and a warning naming the first line; other sections are independent', () => {
    const runbook = parseRunbook(md(['## Logs', '- [ ] Check logs', '- [ ] check LOGS', '- [ ] Check logs', '## Db', '- [ ] Check logs']));
    expect(runbook.items.map((i) => i.id)).toEqual(['logs/check-logs', 'logs/check-logs-2', 'logs/check-logs-3', 'db/check-logs']);
    expect(runbook.warnings).toEqual([
      { line: 3, message: 'item "check LOGS" repeats line 2 in the same section; its id is logs/check-logs-2' },
      { line: 4, message: 'item "Check logs" repeats line 2 in the same section; its id is logs/check-logs-3' },
    ]);
  });

  it('different texts that shorten to the same id get more of their own words; long true repeats still get a number', () => {
    const long = 'Restart every worker in the pool one at a time and watch the queue';
    const runbook = parseRunbook(md(['## Host', '- [ ] Is the database host out of disk?', '- [ ] Is the database host out of memory?', `- [ ] ${long}`, `- [ ] ${long}`]));
    expect(runbook.items.map((i) => i.id)).toEqual([
      'host/is-the-database-host-out-of',
      'host/is-the-database-host-out-of-memory',
      'host/restart-every-worker-in-the-pool',
      'host/restart-every-worker-in-the-pool-2',
    ]);
    expect(runbook.warnings.map((w) => w.line)).toEqual([5]);
  });

  it('duplicate headings get distinct section ids', () => {
    const runbook = parseRunbook(md(['## Verify', '- [ ] A', '## Verify', '- [ ] A']));
    expect(runbook.items.map((i) => i.id)).toEqual(['verify/a', 'verify-2/a']);
    expect(runbook.warnings).toEqual([]);
  });

  it('raw HTML is left out of item text with a warning; comments are ignored silently; block HTML is not an item', () => {
    const runbook = parseRunbook(md([
      '## Html',
      '- [ ] Restart <b>now</b> <script>alert(1)</script>',
      '- [ ] Commented <!-- hidden note --> item',
      '<div>',
      '- [ ] not markdown inside an HTML block',
      '</div>',
      '',
      '<details><summary>More</summary>',
      '',
      '- [ ] Inside details, after a blank line',
      '',
      '</details>',
    ]));
    expect(runbook.items.map((i) => i.text)).toEqual(['Restart now alert(1)', 'Commented item', 'Inside details, after a blank line']);
    expect(runbook.warnings).toEqual([{ line: 2, message: 'raw HTML in item "Restart now alert(1)" is left out of the checklist; use markdown' }]);
  });

  it('a code block outside any item is left out with a warning naming its line; a document (no items) may have them', () => {
    const checklist = parseRunbook(md(['## Roll back', '```sh', 'deploy rollback', '```', '- plain bullet', '', '  ```', '  nested in a plain bullet', '  ```', '- [ ] Roll back the deploy']));
    expect(checklist.items.map((i) => [i.text, i.commands.length])).toEqual([['Roll back the deploy', 0]]);
    expect(checklist.warnings).toEqual([
      { line: 2, message: 'code block outside any item is left out of the checklist; indent it under the item it belongs to' },
      { line: 7, message: 'code block outside any item is left out of the checklist; indent it under the item it belongs to' },
    ]);
    expect(parseRunbook(md(['# Rollback rules', '```sh', 'deploy rollback', '```'])).warnings).toEqual([]);
  });

  it('terminal escape sequences and control characters never reach item text', () => {
    const runbook = parseRunbook('- [ ] Safe \u001b[31mred\u001b[0m text\u0007 here\n');
    expect(runbook.items[0]!.text).toBe('Safe [31mred[0m text here');
    expect([...runbook.items[0]!.text].every((ch) => ch.charCodeAt(0) >= 0x20)).toBe(true);
  });

  it('items before any heading go to a start section; an item with no text gets a fallback id and a warning', () => {
    const runbook = parseRunbook(md(['- [ ] First', '- [ ] `check:disk`', '  ```', '  code only', '  ```', '# Later']));
    expect(runbook.sections.map((s) => s.id)).toEqual(['start', 'later']);
    expect(runbook.items.map((i) => i.id)).toEqual(['start/first', 'start/item']);
    expect(runbook.items[1]).toMatchObject({ text: '', check: 'disk', commands: [{ lang: undefined, code: 'code only' }] });
    expect(runbook.warnings[0]).toEqual({ line: 2, message: 'task item has no text; give it one so responders know what it asks' });
  });

  it('task items inside plain bullets and block quotes still count, at the level they appear', () => {
    const runbook = parseRunbook(md(['## Mixed', '- Database', '  - [ ] Replica lag', '> - [ ] Quoted task', '- [ ] Task', '  - plain', '    - [ ] Deep task']));
    expect(runbook.items.map((i) => `${i.depth}:${i.id}`)).toEqual(['0:mixed/replica-lag', '0:mixed/quoted-task', '0:mixed/task', '1:mixed/deep-task']);
    expect(runbook.items[2]!.notes).toEqual(['plain']);
  });

  it('a long file (2,000 items, nesting, 600-character lines) parses completely with unique, bounded ids', () => {
    const lines: string[] = [];
    for (let s = 0; s < 40; s++) {
      lines.push(`## Section ${s}`);
      for (let i = 0; i < 50; i++) lines.push(`${'  '.repeat(i % 4)}- [ ] Step ${i} ${'long words '.repeat(i % 10 === 0 ? 55 : 1)}`);
    }
    const runbook = parseRunbook(md(lines));
    expect(runbook.items).toHaveLength(2_000);
    expect(new Set(runbook.items.map((i) => i.id)).size).toBe(2_000);
    expect(Math.max(...runbook.items.map((i) => i.id.length))).toBeLessThanOrEqual(60);
    expect(runbook.items.filter((i) => i.depth === 3)).toHaveLength(480);
    expect(runbook.items.find((i) => i.id === 'section-39/step-40-long-words-long-words')?.text).toHaveLength(612);
  });

  it('deeply nested quotes and lists do not break the parser', () => {
    const text = `${'> '.repeat(200)}- [ ] deep\n${Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- [ ] level ${i}`).join('\n')}\n`;
    const runbook = parseRunbook(text);
    expect(runbook.items.length).toBeGreaterThan(1);
    expect(runbook.items.some((i) => i.text === 'level 0')).toBe(true);
  });
});
