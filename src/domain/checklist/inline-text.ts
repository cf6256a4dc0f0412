/** Plain text, links and `check:NAME` markers from a run of markdown inline nodes. */
import type { PhrasingContent } from 'mdast';
import type { RunbookLink } from './runbook-model.js';
import { cleanLine } from './slug.js';

/** The inline-code marker that links an item to a diagnostic check, e.g. `check:postgres`. */
export const CHECK_MARKER = /^check:([A-Za-z0-9_.-]+)$/;

export interface InlineText {
  text: string;
  links: RunbookLink[];
  checks: string[];
  /** Raw HTML found (comments excluded); it is left out of the text. */
  html: string[];
}

/** Link reference definitions by normalised identifier, so `[text][ref]` keeps its url. */
export type Definitions = ReadonlyMap<string, string>;

/** Flattens inline markdown to one display line, collecting links and check markers on the way. */
export function inlineText(nodes: readonly PhrasingContent[], definitions: Definitions): InlineText {
  const out: InlineText = { text: '', links: [], checks: [], html: [] };
  out.text = cleanLine(nodes.map((node) => flatten(node, definitions, out)).join(''));
  return out;
}

function flatten(node: PhrasingContent, definitions: Definitions, out: InlineText): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'inlineCode': {
      const check = CHECK_MARKER.exec(node.value.trim());
      if (check) {
        out.checks.push(check[1]!);
        return '';
      }
      return `\`${node.value}\``;
    }
    case 'break':
      return ' ';
    case 'html':
      if (!node.value.trimStart().startsWith('<!--')) out.html.push(node.value);
      return '';
    case 'link': {
      const text = childrenText(node.children, definitions, out);
      out.links.push({ text: cleanLine(text) || node.url, url: node.url });
      return text;
    }
    case 'linkReference': {
      const text = childrenText(node.children, definitions, out);
      const url = definitions.get(node.identifier.toLowerCase());
      if (url !== undefined) out.links.push({ text: cleanLine(text) || url, url });
      return text;
    }
    case 'image':
      if (node.url) out.links.push({ text: cleanLine(node.alt ?? '') || node.url, url: node.url });
      return node.alt ?? '';
    case 'imageReference':
      return node.alt ?? '';
    case 'emphasis':
    case 'strong':
    case 'delete':
      return childrenText(node.children, definitions, out);
    default:
      // Footnote references and anything an extension adds carry no text worth a checklist line.
      return '';
  }
}

function childrenText(children: readonly PhrasingContent[], definitions: Definitions, out: InlineText): string {
  return children.map((child) => flatten(child, definitions, out)).join('');
}
