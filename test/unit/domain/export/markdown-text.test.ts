import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, inlineCode, table, tableCell } from '../../../../src/domain/markdown-text.js';

describe('markdown text', () => {
  it('escapes pipes so a cell cannot split a GitHub table row', () => {
    expect(tableCell('grep 502 | wc -l')).toBe('grep 502 \\| wc -l');
    expect(table(['a'], [[tableCell('x|y')]])).toEqual(['| a |', '| --- |', '| x\\|y |']);
  });

  it('turns newlines into <br> and never leaves a cell empty', () => {
    expect(tableCell('line one\n\nline two\r\n')).toBe('line one<br>line two');
    expect(tableCell('')).toBe(' ');
    expect(tableCell('', '—')).toBe('—');
  });

  it('neutralises HTML, emphasis and list markers but leaves identifiers readable', () => {
    expect(escapeMarkdown('<script>alert(1)</script> & *bold*')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; \\*bold\\*');
    expect(escapeMarkdown('db_primary_1 is _down_')).toBe('db_primary_1 is \\_down\\_');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
  });

  it('keeps links and images from a note as text: no remote image loads, no link hides its target', () => {
    const nodeTypes = (markdown: string): string[] => {
      const types: string[] = [];
      const walk = (node: { type: string; children?: unknown[] }) => {
        types.push(node.type);
        for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
      };
      walk(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
      return types;
    };
    const note = 'see ![i](http://e/x.png) and [the runbook](http://evil.example/r) [ref][r]\n\n[r]: http://e/y';
    expect(nodeTypes(note)).toEqual(expect.arrayContaining(['image', 'link', 'definition']));
    const escaped = note.split('\n').map(escapeMarkdown).join('\n');
    expect(escaped).toContain('![i\\](http://e/x.png)');
    const types = nodeTypes(escaped);
    expect(types).not.toContain('image');
    expect(types).not.toContain('definition');
    expect(types).not.toContain('linkReference');
    expect(tableCell('![i](http://e/x.png)')).toBe('![i\\](http://e/x.png)');
    expect(escapeMarkdown('[REDACTED] stays readable')).toBe('[REDACTED] stays readable');
  });

  it('wraps code in a fence longer than any backtick run inside', () => {
    expect(inlineCode('abc')).toBe('`abc`');
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('a|b')).toBe('`a\\|b`');
  });
});
