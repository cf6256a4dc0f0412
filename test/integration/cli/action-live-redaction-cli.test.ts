/**
 * `warroom action` streams the action's output redacted: a credential the script prints, even
 * split across writes, never reaches the terminal, and neither does it reach the stored tail.
 */
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PLANTED_SECRETS, SITE_PATTERN, SITE_SECRET } from '../../fixtures/planted-secrets.js';
import { createCliSandbox, type CliSandbox } from '../../helpers/cli.js';

let box: CliSandbox | undefined;
afterEach(async () => {
  await box?.cleanup();
  box = undefined;
});

/** A shell script that prints `text` in pieces of `size` characters, pausing between them so each is its own chunk. */
function printInPieces(text: string, size: number): string {
  const pieces = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
  const quote = (piece: string) => `'${piece.replace(/'/g, `'\\''`)}'`;
  return ['#!/bin/sh', ...pieces.map((piece) => `printf '%s' ${quote(piece)}; sleep 0.02`), 'echo', 'echo finished'].join('\n');
}

describe('warroom action: live output', () => {
  it('every planted secret, printed in 7-character pieces, is redacted on the terminal and in the stored tail', async () => {
    const secrets = [...PLANTED_SECRETS, SITE_SECRET];
    const text = secrets.map((s) => s.text).join('\n');
    box = await createCliSandbox(['service: shop', 'export:', `  redact: ['${SITE_PATTERN}']`, 'actions:', '  - { name: leak, kind: custom, command: [./leak.sh], confirm: none }', ''].join('\n'));
    const script = join(box.dir, 'leak.sh');
    await writeFile(script, printInPieces(text, 7));
    await chmod(script, 0o755);
    expect((await box.run(['declare', '--title', 'Checkout fails', '--severity', 'SEV2'])).code).toBe(0);

    const run = await box.run(['action', 'leak', '--yes']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('[REDACTED]');
    expect(run.stdout).toContain('finished');
    const stored = await readFile(box.storePath, 'utf8');
    for (const secret of secrets) {
      expect(run.stdout, secret.shape).not.toContain(secret.secret);
      expect(stored, secret.shape).not.toContain(secret.secret);
    }
  }, 30_000);
});
