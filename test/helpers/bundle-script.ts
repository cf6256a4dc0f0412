/** Bundles a TypeScript entry (a helper program for tests) into a runnable .mjs file. */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { REPO_ROOT } from './cli.js';

/** Returns the path of the bundled script (inside node_modules/.cache so bare imports resolve). */
export async function bundleScript(entry: string): Promise<string> {
  const outDir = join(REPO_ROOT, 'node_modules', '.cache', 'test-scripts');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${basename(entry, '.ts')}-${process.pid}.mjs`);
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
  return outfile;
}
