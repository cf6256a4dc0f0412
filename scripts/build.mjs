// Bundles the CLI into one ESM file (dist/warroom.js) with React's production build.
import { build } from 'esbuild';

// Ink loads its React devtools bridge (react-devtools-core, and a WebSocket client for it) only with
// DEV=true, which a production console never sets. Bundled, that code would only be parsed at every
// start; left external, the bundle would fail to start without it. An empty module stands in.
const inkDevtoolsStub = {
  name: 'ink-devtools-stub',
  setup(bundle) {
    bundle.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
      /[\\/]ink[\\/]build$/.test(args.resolveDir) ? { path: 'ink-devtools', namespace: 'stub' } : undefined,
    );
    bundle.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export {};' }));
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
