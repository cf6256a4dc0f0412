#!/usr/bin/env node
// Runs a TypeScript script (bench/*.ts, scripts/*.ts): bundles it with esbuild, then executes it.
// Usage: node scripts/run-ts.mjs FILE.ts [args...]
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node scripts/run-ts.mjs FILE.ts [args...]\n');
  process.exit(2);
}
// Inside the checkout so the bundle's bare imports resolve from node_modules.
const cacheDir = resolve('node_modules', '.cache', 'run-ts');
mkdirSync(cacheDir, { recursive: true });
const dir = mkdtempSync(join(cacheDir, 'run-'));
const outfile = join(dir, `${basename(file, '.ts')}.mjs`);
await build({
  entryPoints: [resolve(file)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  jsx: 'automatic',
});
process.argv = [process.argv[0], resolve(file), ...args];
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
await import(pathToFileURL(outfile).href);
