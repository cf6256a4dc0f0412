#!/usr/bin/env node
// The shop's background worker: takes jobs off a Redis list (shop:jobs) and "processes" each in a
// few milliseconds. Stopping it (or filling the list faster than it drains) builds a backlog.
import { parseArgs } from 'node:util';
import { redisSession } from '../../checks/lib/tcp.mjs';

import { QUEUE_KEY } from './lib/practice-parts.mjs';
const JOB_MS = 2;
const IDLE_MS = 200;

const { values } = parseArgs({ options: { home: { type: 'string' }, 'redis-port': { type: 'string' } } });
const port = Number(values['redis-port']);
if (!Number.isInteger(port) || port <= 0) {
  process.stderr.write('usage: worker.mjs [--home DIR] --redis-port N\n');
  process.exit(2);
}

let stopping = false;
process.on('SIGTERM', () => (stopping = true));
process.on('SIGINT', () => (stopping = true));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function work() {
  const redis = await redisSession({ host: '127.0.0.1', port, timeoutMs: 5_000 });
  process.stdout.write(`${new Date().toISOString()} worker pid ${process.pid} consuming ${QUEUE_KEY} on port ${port}\n`);
  while (!stopping) {
    const reply = await redis.send('RPOP', QUEUE_KEY);
    if (reply.error) throw new Error(`RPOP failed: ${reply.error}`);
    await sleep(reply.value === null ? IDLE_MS : JOB_MS);
  }
  redis.close();
}

// A lost connection ends the worker: a stopped Redis means a stopped worker, as in production.
work().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`worker: ${error.message}\n`);
    process.exit(1);
  },
);
