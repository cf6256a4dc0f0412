/** Readable, typeable ids made from headings and item texts. */

/** Slugs keep at most this many words and characters, cut at a word boundary, so ids stay typeable. */
export const SHORT_SLUG = { words: 6, length: 40 } as const;
/** Limits for telling apart two different texts whose short slugs are the same. */
export const LONG_SLUG = { words: 14, length: 80 } as const;

/** Lower-case words joined by `-`; letters of any script survive, punctuation does not. */
export function slugify(text: string, limits: { words: number; length: number } = SHORT_SLUG): string {
  const maxLength = limits.length;
  const base = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, limits.words)
    .join('-');
  if (base.length <= maxLength) return base;
  const cut = base.slice(0, maxLength + 1);
  const lastBreak = cut.lastIndexOf('-');
  // Cut at the last whole word unless that would throw away more than half.
  const short = lastBreak > maxLength / 2 ? cut.slice(0, lastBreak) : base.slice(0, maxLength);
  return short.replace(/-+$/, '');
}

/** Heading slugs ignore a leading step number, so renumbering sections keeps their ids. */
export function sectionSlug(title: string): string {
  return slugify(title.replace(/^\s*(?:step\s+\d+[.):]?|\d+[.)])\s+/i, '')) || slugify(title) || 'section';
}

/**
 * Hands out unique ids: the first `base` is kept, repeats get `-2`, `-3`, ...
 * Later duplicates get the suffix, so adding a repeat below never renames the original.
 */
export class UniqueIds {
  private readonly taken = new Set<string>();

  /** The id to use for `base`, now reserved. */
  claim(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/** C0/C1 control characters (escape sequences included) that must never reach a terminal. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** One line of display text: controls dropped, runs of whitespace collapsed. */
export function cleanLine(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** Multi-line text (code): controls other than newline and tab dropped. */
export function cleanBlock(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}
