import { describe, expect, it } from 'vitest';
import { parseTemplate, renderTemplate, TemplateError } from '../../../../src/domain/comms/template-render.js';

const FIELDS = ['feature', 'impact', 'facts', 'next'];
const fill = (text: string, values: Record<string, string>) => renderTemplate(parseTemplate(text, 'x.md', FIELDS), values);

describe('template language', () => {
  it('replaces placeholders, tolerating spaces inside the braces, and inserts multi-line values as they are', () => {
    expect(fill('{{feature}} is down. {{ next }}', { feature: 'Checkout', next: 'Next update 03:40 UTC' })).toBe(
      'Checkout is down. Next update 03:40 UTC',
    );
    expect(fill('Facts:\n{{facts}}', { facts: '- a\n- b' })).toBe('Facts:\n- a\n- b');
  });

  it('keeps a {{#field}} block only when the field is set and a {{^field}} block only when it is empty', () => {
    const text = ['Title', '{{#impact}}', 'Impact: {{impact}}', '{{/impact}}', '{{^impact}}', 'Impact: unknown', '{{/impact}}', 'End'].join('\n');
    expect(fill(text, { impact: 'logins fail' })).toBe('Title\nImpact: logins fail\nEnd');
    expect(fill(text, { impact: '   ' })).toBe('Title\nImpact: unknown\nEnd');
  });

  it('drops comment lines, trims trailing spaces and collapses runs of blank lines left by empty blocks', () => {
    const text = '{{! for editors only }}\nA   \n\n{{#facts}}\n{{facts}}\n{{/facts}}\n\n\nB\n';
    expect(fill(text, { facts: '' })).toBe('A\n\nB');
  });

  it('supports nested blocks', () => {
    const text = '{{#impact}}\n{{#facts}}\nboth\n{{/facts}}\n{{/impact}}';
    expect(fill(text, { impact: 'x', facts: 'y' })).toBe('both');
    expect(fill(text, { impact: 'x', facts: '' })).toBe('');
  });

  it.each([
    ['Hello {{nope}}', 'x.md:1: unknown field "nope"; known fields: feature, impact, facts, next'],
    ['a\n{{#impact}}\nb', 'x.md:2: {{#impact}} is never closed with {{/impact}}'],
    ['{{#impact}}\n{{/facts}}', 'x.md:2: {{/facts}} closes {{#impact}} (opened on line 1)'],
    ['{{/impact}}', 'x.md:1: {{/impact}} closes a block that was never opened'],
    ['x {{#impact}} y {{/impact}}', 'x.md:1: blocks and comments ({{#x}}, {{^x}}, {{/x}}, {{! }}) must stand on a line of their own'],
    ['\n\nBroken {{feature}', 'x.md:3: malformed placeholder in "Broken {{feature}"; write {{fieldName}}'],
    ['{{ my-field }}', 'x.md:1: malformed placeholder in "{{ my-field }}"; write {{fieldName}}'],
  ])('rejects %j with a message naming file and line', (text, message) => {
    const attempt = () => parseTemplate(text, 'x.md', FIELDS);
    expect(attempt).toThrow(TemplateError);
    expect(attempt).toThrow(message);
  });
});
