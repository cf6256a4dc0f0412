// Writes docs/keybindings.md from the console's keymap table.
// Usage: node scripts/run-ts.mjs scripts/gen-keybindings.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { keymapMarkdown } from '../src/tui/keymap/keymap-markdown.js';

const target = resolve('docs/keybindings.md');
const wanted = keymapMarkdown();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // Missing counts as stale.
  }
  if (current !== wanted) {
    process.stderr.write('docs/keybindings.md is out of date: run `node scripts/run-ts.mjs scripts/gen-keybindings.ts`\n');
    process.exit(1);
  }
} else {
  writeFileSync(target, wanted);
  process.stdout.write(`wrote ${target}\n`);
}
