import { describe, expect, it } from 'vitest';
import { cleanBlock, cleanLine, sectionSlug, slugify, UniqueIds } from '../../../../src/domain/checklist/slug.js';

describe('slugify', () => {
  it('lower-cases, drops punctuation and apostrophes, folds accents, keeps other scripts', () => {
    expect(slugify("What's broken? (5xx on /login)")).toBe('whats-broken-5xx-on-login');
    expect(slugify('Vérifier la base')).toBe('verifier-la-base');
    expect(slugify('Проверить базу данных')).toBe('проверить-базу-данных');
    expect(slugify('***')).toBe('');
  });

  it('keeps at most six words and 40 characters, cut at a word boundary', () => {
    expect(slugify('one two three four five six seven eight')).toBe('one-two-three-four-five-six');
    expect(slugify('internationalisation localisation configuration')).toBe('internationalisation-localisation');
    expect(slugify('x'.repeat(100))).toBe('x'.repeat(40));
  });

  it('section slugs ignore a leading step number so renumbering keeps ids', () => {
    expect(['1. Acknowledge', '2) Acknowledge', 'Step 3: Acknowledge', 'Acknowledge'].map(sectionSlug)).toEqual(Array(4).fill('acknowledge'));
    expect(sectionSlug('2026 plan')).toBe('2026-plan');
    expect(sectionSlug('!!!')).toBe('section');
  });
});

describe('UniqueIds', () => {
  it('keeps the first id and numbers later repeats', () => {
    const ids = new UniqueIds();
    expect(['a', 'a', 'b', 'a', 'a-2'].map((id) => ids.claim(id))).toEqual(['a', 'a-2', 'b', 'a-3', 'a-2-2']);
  });
});

describe('cleanLine and cleanBlock', () => {
  it('strip escape sequences and control characters; lines collapse whitespace, blocks keep newlines and tabs', () => {
    expect(cleanLine('  a\u001b[2J\tb\r\n c\u009b ')).toBe('a[2J b c');
    expect(cleanBlock('a\r\n\tb\u0007\rc')).toBe('a\n\tb\nc');
  });
});
