// esbuild plugins for the CLI bundle. The bundle is CommonJS, so that V8 can cache its compiled
// code between starts (src/boot/start-bundle.ts); CommonJS has no top-level await, which Yoga
// and Ink use. The other plugins keep code a production console never runs out of its start.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Yoga's entry module instantiates its wasm with a top-level await. In its place the bundle gets
 * the same module with the await moved into `instantiateYoga()`, which the bundle's entry awaits
 * before any CLI code runs (scripts/bundle/entry.mjs); Ink only reads Yoga when it lays out.
 */
export const yogaInstantiatedByEntry = {
  name: 'yoga-instantiated-by-entry',
  setup(bundle) {
    bundle.onResolve({ filter: /^yoga-layout$/ }, async (args) => {
      if (args.pluginData === 'real-yoga') return undefined;
      const real = await bundle.resolve('yoga-layout', { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'real-yoga' });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'yoga-without-top-level-await' };
    });
    bundle.onLoad({ filter: /.*/, namespace: 'yoga-without-top-level-await' }, (args) => ({
      resolveDir: dirname(args.path),
      loader: 'js',
      contents: [
        "import loadYoga from '../binaries/yoga-wasm-base64-esm.js';",
        "import wrapAssembly from './wrapAssembly.js';",
        "export * from './generated/YGEnums.js';",
        'const Yoga = {};',
        'export default Yoga;',
        'export async function instantiateYoga() { Object.assign(Yoga, wrapAssembly(await loadYoga())); }',
      ].join('\n'),
    }));
  },
};

/**
 * Ink's reconciler awaits two imports at the top level, both only with DEV=true (React devtools and
 * Ink's own package.json for them). The devtools are left out of the bundle anyway (inkDevtoolsStub),
 * so both become their production values. A changed Ink fails the build here, not at run time.
 */
export const inkWithoutTopLevelAwait = {
  name: 'ink-without-top-level-await',
  setup(bundle) {
    bundle.onLoad({ filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/ }, async (args) => {
      let source = await readFile(args.path, 'utf8');
      for (const [awaited, replacement] of [
        ["await import('./devtools.js');", ';'],
        ['await loadPackageJson()', '{ name: undefined, version: undefined }'],
      ]) {
        if (source.split(awaited).length !== 2) throw new Error(`${args.path}: expected one \`${awaited}\`; Ink changed, revisit scripts/bundle/plugins.mjs`);
        source = source.replace(awaited, replacement);
      }
      return { contents: source, loader: 'js' };
    });
  },
};

/**
 * Ink loads its React devtools bridge (react-devtools-core, and a WebSocket client for it) only with
 * DEV=true, which a production console never sets. Bundled, that code would only be parsed at every
 * start; left external, the bundle would fail to start without it. An empty module stands in.
 */
export const inkDevtoolsStub = {
  name: 'ink-devtools-stub',
  setup(bundle) {
    bundle.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
      /[\\/]ink[\\/]build$/.test(args.resolveDir) ? { path: 'ink-devtools', namespace: 'ink-devtools-stub' } : undefined,
    );
    bundle.onLoad({ filter: /.*/, namespace: 'ink-devtools-stub' }, () => ({ contents: 'export {};' }));
  },
};

/**
 * Yoga's Emscripten loader reads its inline wasm (a data: URL) with fetch() whenever fetch exists;
 * on Node 20 the first fetch() loads undici, tens of milliseconds before the first frame. Without
 * fetch the same loader decodes the inline bytes synchronously, so that module sees no fetch.
 */
export const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(bundle) {
    bundle.onLoad({ filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, async (args) => ({
      contents: `const fetch = undefined;\n${await readFile(args.path, 'utf8')}`,
      loader: 'js',
    }));
  },
};

/**
 * zod bundles a message catalogue for every language it speaks (some 400 kB, parsed at each start)
 * and exports them all as `locales`; warroom's messages are English, configured by zod itself from
 * its `en` catalogue. `locales` keeps only that one.
 */
export const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(bundle) {
    bundle.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)$/.test(args.resolveDir)
        ? { path: join(dirname(args.resolveDir), 'locales', 'index.js'), namespace: 'zod-english-only' }
        : undefined,
    );
    bundle.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};
