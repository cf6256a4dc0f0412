import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_FIELDS } from '../../../src/domain/comms/template-fields.js';
import { REPO_ROOT } from '../../helpers/cli.js';

describe('docs/comms.md', () => {
  it('documents every template field, and no field that does not exist', () => {
    const doc = readFileSync(join(REPO_ROOT, 'docs', 'comms.md'), 'utf8');
    const table = doc.slice(doc.indexOf('### Fields'), doc.indexOf('## Lint'));
    const documented = [...table.matchAll(/^\| `\{\{(\w+)\}\}` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual(Object.keys(TEMPLATE_FIELDS));
  });
});
