// Bundles the CLI into one ESM file (dist/warroom.js) with React's production build.
import { build } from 'esbuild';

// Ink loads its React devtools bridge only with DEV=true. Left external, the bundle would carry a
// top-level `import "react-devtools-core"` and fail to start without it; a no-op stands in instead.
const inkDevtoolsStub = {
  name: 'ink-devtools-stub',
  setup(bundle) {
    bundle.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'stub' }));
    bundle.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default { initialize() {}, connectToDevTools() {} };' }));
  },
};

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
  external: ['node-pty'],
  plugins: [inkDevtoolsStub],
  // CommonJS dependencies call require(); give the ESM bundle a real one.
  banner: {
    js: "import { createRequire as __wrCreateRequire } from 'node:module'; const require = __wrCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
