// The parts a practice run adds to a shop: a queue worker on a Redis server the caller runs, a
// relay standing for the database, and the faults a scenario injects (`shopctl.mjs fault|fill`).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect, redisSession } from '../../../checks/lib/tcp.mjs';
import { clearFaults, setFault } from './faults.mjs';
import { helperPid, startHelper, stopHelper } from './side-process.mjs';

const HERE = fileURLToPath(new URL('..', import.meta.url));
export const QUEUE_KEY = 'shop:jobs';
const FILL_BATCH = 500;
const READY_TIMEOUT_MS = 5_000;

/** Waits until something accepts connections on the port. */
async function listening(port) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    try {
      (await connect('127.0.0.1', port, 1_000)).destroy();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`nothing listens on 127.0.0.1:${port}: ${error.message}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** `worker start|stop`: the queue consumer (needs settings.redisPort). */
export async function worker(home, settings, state) {
  if (!settings.redisPort) throw new Error('this shop has no queue (set up with --redis-port N)');
  if (state === 'stop') return (await stopHelper(home, 'worker')) ? 'worker stopped' : 'worker was not running';
  if (state !== 'start') throw new Error(`worker takes "start" or "stop", not "${state ?? ''}"`);
  const { pid, started } = startHelper(home, 'worker', join(HERE, 'worker.mjs'), ['--home', home, '--redis-port', String(settings.redisPort)]);
  return `${started ? 'worker started' : 'worker already running'}: pid ${pid}`;
}

/** `relay start|stop`: the database endpoint (needs settings.database). */
export async function relay(home, settings, state) {
  const db = settings.database;
  if (!db) throw new Error('this shop has no database (set up with --database HOST:PORT)');
  if (state === 'stop') return (await stopHelper(home, 'db-relay')) ? 'database relay stopped' : 'database relay was not running';
  if (state !== 'start') throw new Error(`relay takes "start" or "stop", not "${state ?? ''}"`);
  // --home names the instance on the command line, so a cleanup can find the process by it.
  const args = ['--home', home, '--listen', String(db.relayPort), '--to', `${db.host}:${db.port}`];
  const { pid, started } = startHelper(home, 'db-relay', join(HERE, 'db-relay.mjs'), args);
  await listening(db.relayPort);
  return `${started ? 'database relay started' : 'database relay already running'}: pid ${pid}, 127.0.0.1:${db.relayPort} -> ${db.host}:${db.port}`;
}

/** `fill N`: pushes N jobs onto the queue at once. */
export async function fill(settings, count) {
  if (!settings.redisPort) throw new Error('this shop has no queue (set up with --redis-port N)');
  const redis = await redisSession({ host: '127.0.0.1', port: settings.redisPort, timeoutMs: 5_000 });
  try {
    let length = 0;
    for (let done = 0; done < count; done += FILL_BATCH) {
      const jobs = Array.from({ length: Math.min(FILL_BATCH, count - done) }, (_, i) => `job-${done + i}`);
      const reply = await redis.send('LPUSH', QUEUE_KEY, ...jobs);
      if (reply.error) throw new Error(`LPUSH failed: ${reply.error}`);
      length = reply.value;
    }
    return `queued ${count} jobs: ${QUEUE_KEY} holds ${length}`;
  } finally {
    redis.close();
  }
}

/** `fault slow PATH MS | fault fail-rate PATH PERCENT | fault clear`. */
export function fault(home, [kind, path, amount]) {
  if (kind === 'clear') {
    clearFaults(home);
    return 'faults cleared';
  }
  const value = Number(amount);
  if ((kind !== 'slow' && kind !== 'fail-rate') || !path?.startsWith('/') || !Number.isFinite(value) || value < 0) {
    throw new Error('fault takes: slow PATH MS | fail-rate PATH PERCENT | clear');
  }
  const faults = setFault(home, kind === 'slow' ? 'slow' : 'failRate', path, value);
  return `faults now: ${JSON.stringify(faults)}`;
}

/** Whether the helpers this shop has are running (for `status`). */
export function helperStates(home, settings) {
  const lines = [];
  if (settings.redisPort) lines.push(`worker:      ${helperPid(home, 'worker') ? `running, pid ${helperPid(home, 'worker')}` : 'not running'} (redis port ${settings.redisPort})`);
  if (settings.database) lines.push(`db relay:    ${helperPid(home, 'db-relay') ? 'running' : 'stopped'} (127.0.0.1:${settings.database.relayPort})`);
  return lines;
}
