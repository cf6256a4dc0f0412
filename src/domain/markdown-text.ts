/** Escaping for text from the incident log placed into GitHub-flavoured markdown. */

const NEEDS_ESCAPE = /[\\`*|&<>_]|\][([:]|^\s*(?:[#+-]|\d+[.)])\s/;

/**
 * Escapes characters that would otherwise become markup: emphasis, links and images, HTML, table pipes.
 * Underscores inside words are left alone (they never start emphasis on GitHub), so
 * identifiers like `db_primary` stay readable in the raw file.
 */
export function escapeMarkdown(text: string): string {
  // Most log text has nothing to escape; skipping the replace chain keeps 10,000-row timelines fast.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/[\\`*|]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // A link or image needs `](`, `][` or `]:` (a definition); escaping that bracket is enough,
    // so a note's ![x](http://...) shows as text instead of loading a remote image.
    .replace(/\](?=[([:])/g, '\\]')
    .replace(/(^|[^A-Za-z0-9])_|_(?=[^A-Za-z0-9]|$)/g, (m) => m.replace('_', '\\_'))
    // Only punctuation can be backslash-escaped, so a numbered-list marker escapes its dot.
    .replace(/^(\s*)([#+-])(\s)/, '$1\\$2$3')
    .replace(/^(\s*\d+)([.)])(\s)/, '$1\\$2$3');
}

/** One table cell: escaped, newlines as `<br>`, never empty (an empty cell reads as missing data). */
export function tableCell(text: string, empty = ' '): string {
  const lines = text.split(/\r?\n/).map((l) => escapeMarkdown(l.trim()));
  const joined = lines.filter(Boolean).join('<br>');
  return joined || empty;
}

/** A GitHub table from a header row and body rows (cells already escaped). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

/** Inline code that survives backticks and pipes in its content. */
export function inlineCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const padded = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text;
  // GitHub splits table rows on `|` before it parses code spans, so the pipe stays escaped.
  return `${fence}${padded.replace(/\|/g, '\\|')}${fence}`;
}

/** Italic prompt for a section the log cannot fill. */
export function prompt(text: string): string {
  return `_${text}_`;
}
