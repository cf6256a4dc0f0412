// The CLI bundle's entry. The bundle is CommonJS (see plugins.mjs), which cannot await at the top
// level, so Yoga's wasm is instantiated here, before any CLI code runs.
import { instantiateYoga } from 'yoga-layout';

instantiateYoga().then(
  () => import('../../src/cli/main.ts'),
  (error) => {
    process.stderr.write(`warroom: the layout engine (Yoga) did not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
