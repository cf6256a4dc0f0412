/**
 * Markdown → checklist model, with a real CommonMark + GFM parser (micromark/mdast):
 * headings become sections, task items (`- [ ]`) become checklist items, nesting is kept,
 * code blocks inside an item become its suggested commands, links stay links.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Heading, ListItem, Nodes, RootContent } from 'mdast';
import { inlineText, type Definitions, type InlineText } from './inline-text.js';
import type { ChecklistItem, Runbook, RunbookSection, RunbookWarning } from './runbook-model.js';
import { cleanBlock, LONG_SLUG, sectionSlug, slugify, UniqueIds } from './slug.js';

type Block = RootContent;

class RunbookBuilder {
  readonly sections: RunbookSection[] = [];
  readonly items: ChecklistItem[] = [];
  readonly warnings: RunbookWarning[] = [];
  title: string | undefined;
  private section: RunbookSection | undefined;
  private readonly sectionIds = new UniqueIds();
  private readonly itemIds = new UniqueIds();
  /** Texts seen per short `section/slug`, to tell true repeats from texts that merely start alike. */
  private readonly textsByBase = new Map<string, { line: number; text: string }[]>();
  /** Lines of code blocks at section level (a document may have them; a checklist loses them). */
  private readonly looseCode: number[] = [];

  constructor(private readonly definitions: Definitions) {}

  heading(node: Heading): void {
    const text = inlineText(node.children, this.definitions).text || 'Untitled';
    this.title ??= text;
    this.section = { id: this.sectionIds.claim(sectionSlug(text)), title: text, level: node.depth, line: lineOf(node), items: [] };
    this.sections.push(this.section);
  }

  /** A block at section level: task items in it (at any nesting of plain lists or quotes) become items. */
  block(node: Block): void {
    if (node.type === 'list') {
      for (const listItem of node.children) {
        if (typeof listItem.checked === 'boolean') this.currentSection().items.push(this.item(listItem, 0, undefined));
        else for (const child of listItem.children) this.block(child);
      }
    } else if (node.type === 'blockquote') {
      for (const child of node.children) this.block(child);
    } else if (node.type === 'code') {
      this.looseCode.push(lineOf(node));
    }
  }

  /** Code outside any item is left out of the checklist; in a runbook with items that is worth saying. */
  looseCodeWarnings(): void {
    if (this.items.length === 0) return;
    for (const line of this.looseCode) {
      this.warnings.push({ line, message: 'code block outside any item is left out of the checklist; indent it under the item it belongs to' });
    }
  }

  private currentSection(): RunbookSection {
    // Items before the first heading get a section of their own.
    if (!this.section) {
      this.section = { id: this.sectionIds.claim('start'), title: this.title ?? 'Start', level: 0, line: 1, items: [] };
      this.sections.push(this.section);
    }
    return this.section;
  }

  private item(node: ListItem, depth: number, parent: ChecklistItem | undefined): ChecklistItem {
    const section = this.currentSection();
    const line = lineOf(node);
    const [first, ...rest] = node.children;
    const lead = first?.type === 'paragraph' ? inlineText(first.children, this.definitions) : undefined;
    const text = lead?.text ?? '';
    const item: ChecklistItem = {
      id: this.itemId(section.id, text, line),
      text,
      sectionId: section.id,
      depth,
      parentId: parent?.id,
      line,
      check: undefined,
      commands: [],
      links: [],
      notes: [],
      children: [],
    };
    this.items.push(item);
    if (lead) this.absorbInline(item, lead, line);
    for (const child of lead ? rest : node.children) this.absorb(item, child);
    return item;
  }

  private itemId(sectionId: string, text: string, line: number): string {
    if (!text) this.warnings.push({ line, message: 'task item has no text; give it one so responders know what it asks' });
    const base = `${sectionId}/${slugify(text) || 'item'}`;
    const earlier = this.textsByBase.get(base) ?? [];
    this.textsByBase.set(base, [...earlier, { line, text }]);
    const same = text ? earlier.find((e) => e.text.toLowerCase() === text.toLowerCase()) : undefined;
    // A different text that shortens to the same slug gets more of its own words rather than a number.
    const wanted = earlier.length > 0 && !same ? `${sectionId}/${slugify(text, LONG_SLUG)}` : base;
    const id = this.itemIds.claim(wanted);
    if (same) this.warnings.push({ line, message: `item "${text}" repeats line ${same.line} in the same section; its id is ${id}` });
    return id;
  }

  /** Content under an item: notes, commands, links, and nested task items as children. */
  private absorb(item: ChecklistItem, node: Block): void {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        this.note(item, inlineText(node.children, this.definitions), lineOf(node));
        return;
      case 'code':
        item.commands.push({ lang: node.lang ?? undefined, code: cleanBlock(node.value) });
        return;
      case 'list':
        for (const listItem of node.children) {
          if (typeof listItem.checked === 'boolean') item.children.push(this.item(listItem, item.depth + 1, item));
          else for (const child of listItem.children) this.absorb(item, child);
        }
        return;
      case 'blockquote':
        for (const child of node.children) this.absorb(item, child);
        return;
      case 'table':
        for (const row of node.children) {
          const cells = row.children.map((cell) => inlineText(cell.children, this.definitions));
          this.note(item, { ...mergeInline(cells), text: cells.map((c) => c.text).join(' | ') }, lineOf(row));
        }
        return;
      case 'html':
        if (!node.value.trimStart().startsWith('<!--')) this.htmlWarning(item, lineOf(node));
        return;
      default:
        // Thematic breaks, definitions and footnotes have nothing to add to an item.
        return;
    }
  }

  private note(item: ChecklistItem, inline: InlineText, line: number): void {
    if (inline.text) item.notes.push(inline.text);
    this.absorbInline(item, inline, line);
  }

  private absorbInline(item: ChecklistItem, inline: InlineText, line: number): void {
    item.links.push(...inline.links);
    for (const check of inline.checks) {
      if (item.check === undefined) item.check = check;
      else if (item.check !== check) {
        this.warnings.push({ line, message: `item "${item.text}" names checks ${item.check} and ${check}; only ${item.check} is linked` });
      }
    }
    if (inline.html.length > 0) this.htmlWarning(item, line);
  }

  private htmlWarning(item: ChecklistItem, line: number): void {
    this.warnings.push({ line, message: `raw HTML in item "${item.text || item.id}" is left out of the checklist; use markdown` });
  }
}

function mergeInline(parts: InlineText[]): InlineText {
  return {
    text: '',
    links: parts.flatMap((p) => p.links),
    checks: parts.flatMap((p) => p.checks),
    html: parts.flatMap((p) => p.html),
  };
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 0;
}

function collectDefinitions(node: Nodes, into: Map<string, string>): Map<string, string> {
  if (node.type === 'definition') {
    // The first definition of a label wins, as in CommonMark.
    if (!into.has(node.identifier.toLowerCase())) into.set(node.identifier.toLowerCase(), node.url);
  } else if ('children' in node) {
    for (const child of node.children) collectDefinitions(child, into);
  }
  return into;
}

/** Parses a runbook's markdown into sections and task items; never throws on odd markdown. */
export function parseRunbook(markdown: string): Runbook {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const builder = new RunbookBuilder(collectDefinitions(tree, new Map()));
  for (const node of tree.children) {
    if (node.type === 'heading') builder.heading(node);
    else builder.block(node);
  }
  builder.looseCodeWarnings();
  return { title: builder.title, sections: builder.sections, items: builder.items, warnings: builder.warnings.sort((a, b) => a.line - b.line) };
}
