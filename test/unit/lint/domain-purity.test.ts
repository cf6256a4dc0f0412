/** The lint rules keep src/domain pure: no Node builtin (prefixed or bare), no IO package, no relative way out, no clock. */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/cli.js';

const eslint = new ESLint({ cwd: REPO_ROOT });

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath: join(REPO_ROOT, file) });
  return result!.messages.map((m) => m.ruleId ?? 'parse-error');
}

describe('domain purity lint', () => {
  it.each([
    "import x from 'path';",
    "import x from 'os';",
    "import x from 'crypto';",
    "import x from 'worker_threads';",
    "import x from 'fs/promises';",
    "import x from 'node:url';",
    "import x from 'execa';",
  ])('%s is refused in src/domain', async (code) => {
    expect(await ruleIds(code, 'src/domain/x.ts')).toEqual(['no-restricted-imports']);
  });

  it.each([
    ["import x from '../store/event-store.js';", 'src/domain/x.ts'],
    ["import x from '../../config/schema.js';", 'src/domain/drill/x.ts'],
    ["export { x } from '../cli/errors.js';", 'src/domain/x.ts'],
  ])('%s from %s leads out of the domain and is refused', async (code, file) => {
    expect(await ruleIds(code, file)).toContain('warroom/domain-stays-inside');
  });

  it('reading the clock or the process is refused; imports inside the domain and outside it are fine', async () => {
    expect(await ruleIds('const x = performance.now();', 'src/domain/x.ts')).toEqual(['no-restricted-globals']);
    expect(await ruleIds('const x = process.env;', 'src/domain/x.ts')).toEqual(['no-restricted-globals']);
    expect(await ruleIds('const x = Date.now();', 'src/domain/x.ts')).toEqual(['no-restricted-syntax']);
    expect(await ruleIds("import { x } from '../checklist/checklist-view.js';", 'src/domain/drill/x.ts')).toEqual([]);
    expect(await ruleIds("import x from 'path';\nconst y = performance.now();", 'src/store/x.ts')).toEqual(['@typescript-eslint/no-unused-vars']);
  });
});
