/**
 * The status-update template language: `{{field}}` placeholders, `{{#field}}`/`{{^field}}`
 * ... `{{/field}}` blocks kept when the field is set / empty, and `{{! comment }}` lines.
 * Blocks and comments stand on their own lines so a template reads like the message it makes.
 */
import { DomainError } from '../domain-error.js';

/** A template that cannot be used; names the template and the line. */
export class TemplateError extends DomainError {
  constructor(
    readonly source: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${source}:${line}: ${detail}`, 'usage');
    this.name = 'TemplateError';
  }
}

type TemplateNode =
  | { kind: 'text'; text: string; line: number }
  | { kind: 'block'; field: string; inverted: boolean; children: TemplateNode[]; line: number };

/** A parsed template, checked against the known field names. */
export interface ParsedTemplate {
  source: string;
  nodes: TemplateNode[];
}

const TAG_LINE = /^\s*\{\{\s*([#^/!])\s*(.*?)\s*\}\}\s*$/;
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** Parses template text; throws TemplateError for unknown fields, unbalanced blocks or stray braces. */
export function parseTemplate(text: string, source: string, knownFields: readonly string[]): ParsedTemplate {
  const known = new Set(knownFields);
  const requireKnown = (field: string, line: number) => {
    if (!FIELD_NAME.test(field)) throw new TemplateError(source, line, `"${field}" is not a field name`);
    if (!known.has(field)) {
      throw new TemplateError(source, line, `unknown field "${field}"; known fields: ${[...known].join(', ')}`);
    }
  };
  const root: TemplateNode[] = [];
  const stack: { field: string; children: TemplateNode[]; line: number }[] = [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  lines.forEach((content, index) => {
    const line = index + 1;
    const target = stack.at(-1)?.children ?? root;
    const tag = TAG_LINE.exec(content);
    if (tag) {
      const [, sigil, field = ''] = tag;
      if (sigil === '!') return;
      requireKnown(field, line);
      if (sigil === '/') {
        const open = stack.pop();
        if (!open) throw new TemplateError(source, line, `{{/${field}}} closes a block that was never opened`);
        if (open.field !== field) {
          throw new TemplateError(source, line, `{{/${field}}} closes {{#${open.field}}} (opened on line ${open.line})`);
        }
        return;
      }
      const block: TemplateNode = { kind: 'block', field, inverted: sigil === '^', children: [], line };
      target.push(block);
      stack.push({ field, children: block.children, line });
      return;
    }
    const rest = content.replace(PLACEHOLDER, (_match, field: string) => {
      requireKnown(field, line);
      return '';
    });
    if (/\{\{\s*[#^/!]/.test(rest)) {
      throw new TemplateError(source, line, 'blocks and comments ({{#x}}, {{^x}}, {{/x}}, {{! }}) must stand on a line of their own');
    }
    if (rest.includes('{{') || rest.includes('}}')) {
      throw new TemplateError(source, line, `malformed placeholder in "${content.trim()}"; write {{fieldName}}`);
    }
    target.push({ kind: 'text', text: content, line });
  });
  const unclosed = stack.pop();
  if (unclosed) throw new TemplateError(source, unclosed.line, `{{#${unclosed.field}}} is never closed with {{/${unclosed.field}}}`);
  return { source, nodes: root };
}

function renderNodes(nodes: readonly TemplateNode[], values: Readonly<Record<string, string>>, out: string[]): void {
  for (const node of nodes) {
    if (node.kind === 'text') {
      out.push(node.text.replace(PLACEHOLDER, (_m, field: string) => values[field] ?? ''));
      continue;
    }
    const isSet = (values[node.field] ?? '').trim() !== '';
    if (isSet !== node.inverted) renderNodes(node.children, values, out);
  }
}

/** Fills a parsed template; trailing spaces go, and runs of blank lines shrink to one. */
export function renderTemplate(template: ParsedTemplate, values: Readonly<Record<string, string>>): string {
  const out: string[] = [];
  renderNodes(template.nodes, values, out);
  return out
    .join('\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
