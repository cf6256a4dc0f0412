// Builds the CLI: dist/warroom.cjs, the whole CLI in one CommonJS file with React's production
// build, and dist/start.cjs, which bin/warroom uses to run it from V8's code cache (src/boot).
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { inkDevtoolsStub, inkWithoutTopLevelAwait, yogaInstantiatedByEntry, yogaWithoutFetch, zodEnglishOnly } from './bundle/plugins.mjs';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', legalComments: 'none', logLevel: 'warning' };

// A code cache belongs to one build: a new bundle never meets the old one's cache.
await rm('dist', { recursive: true, force: true });

await build({
  ...common,
  entryPoints: ['scripts/bundle/entry.mjs'],
  outfile: 'dist/warroom.cjs',
  sourcemap: 'linked',
  define: { 'process.env.NODE_ENV': '"production"', 'import.meta.url': '__bundleFileUrl' },
  // The bundle's modules find the install's files (runbooks, checks, templates) from import.meta.url.
  banner: { js: "const __bundleFileUrl = require('node:url').pathToFileURL(__filename).href;" },
  external: ['node-pty'],
  plugins: [yogaInstantiatedByEntry, inkWithoutTopLevelAwait, inkDevtoolsStub, yogaWithoutFetch, zodEnglishOnly],
});

await build({ ...common, entryPoints: ['src/boot/start-bundle.ts'], outfile: 'dist/start.cjs' });
