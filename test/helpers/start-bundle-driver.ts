/** Runs startBundle() as bin/warroom does, with a cache path and delay of the test's choosing; prints the cache status. */
import { startBundle } from '../../src/boot/start-bundle.js';

const [bundle, cachePath, writeAfterMs] = process.argv.slice(2);
if (!bundle || !cachePath || !writeAfterMs) throw new Error('usage: start-bundle-driver BUNDLE CACHE_PATH WRITE_AFTER_MS');
const status = startBundle(bundle, { cachePath, writeAfterMs: Number(writeAfterMs) });
process.stderr.write(`cache ${status}\n`);
