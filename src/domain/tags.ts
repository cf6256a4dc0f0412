/** Incident tags: short labels (a service, a failure mode) that repeat detection compares. */
import { DomainError } from './domain-error.js';

const TAG = /^[a-z0-9][a-z0-9._:/-]{0,39}$/;

/** Tags as given on a command line or in a field: comma-separated allowed, lower-cased, each checked, no repeats. */
export function parseTags(inputs: readonly string[]): string[] {
  const tags = inputs.flatMap((input) => input.split(',')).map((t) => t.trim().toLowerCase()).filter(Boolean);
  for (const tag of tags) {
    if (!TAG.test(tag)) {
      const hint = /\s/.test(tag) ? ` (for several words use hyphens: ${tag.replace(/\s+/g, '-')})` : '';
      throw new DomainError(`tag "${tag}" is not usable: letters, digits and . _ : / - only, up to 40 characters${hint}`, 'usage');
    }
  }
  return [...new Set(tags)];
}

/** Whether two tag lists are the same, in the same order. */
export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
