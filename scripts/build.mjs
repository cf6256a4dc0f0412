// Bundles the CLI into one ESM file (dist/warroom.js) with React's production build.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/warroom.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: false,
  minify: false,
  sourcemap: 'linked',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Ink's optional devtools hook is only loaded with DEV=true; it is not shipped.
  external: ['react-devtools-core', 'node-pty'],
  // CommonJS dependencies call require(); give the ESM bundle a real one.
  banner: {
    js: "import { createRequire as __wrCreateRequire } from 'node:module'; const require = __wrCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
