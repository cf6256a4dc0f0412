#!/usr/bin/env node
// The example shop: a tiny HTTP service with a health endpoint and a maintenance switch.
// It reads the release it runs from <home>/release/release.json at start (a deploy restarts
// it) and the maintenance switch (<home>/maintenance) on every request (no restart needed).
// No dependencies: Node's standard library only.
import { createServer } from 'node:http';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readFaults } from './lib/faults.mjs';
import { readFlags } from './lib/flags.mjs';

const USAGE = 'usage: server.mjs --home DIR [--port N]   (or SHOP_HOME / SHOP_PORT in the environment)';

const { values } = parseArgs({ options: { home: { type: 'string' }, port: { type: 'string' } } });
const homeArg = values.home ?? process.env.SHOP_HOME;
if (!homeArg) fail(USAGE);
const home = resolve(homeArg);
const settings = readJson(join(home, 'settings.json'), {});
const port = Number(values.port ?? process.env.SHOP_PORT ?? settings.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`port "${values.port ?? process.env.SHOP_PORT ?? settings.port}" is not a TCP port; ${USAGE}`);

const release = readJson(join(home, 'release', 'release.json'), undefined);
if (!release) fail(`no release in ${join(home, 'release')}: deploy one first (deploy.sh VERSION)`);
const version = String(release.version ?? 'unknown');
const fault = findFault(release);
const maintenanceFile = join(home, 'maintenance');
const pidFile = join(home, 'shop.pid');

/** What is wrong with this release's settings, if anything: the reason /health fails. */
function findFault(rel) {
  const timeout = rel.checkout?.paymentTimeoutMs;
  if (typeof timeout !== 'number' || timeout <= 0) return `checkout.paymentTimeoutMs is ${JSON.stringify(timeout)}: every payment times out at once`;
  return undefined;
}

function readJson(path, fallback) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return fallback;
    fail(`cannot read ${path}: ${error.message}`);
  }
}

function fail(message) {
  process.stderr.write(`shop: ${message}\n`);
  process.exit(2);
}

function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/**
 * Injected faults (practice runs) stand for the payment provider: a slow one delays the answer,
 * a flaky one fails a share. With the payments flag off the provider is not called at all.
 */
function withFaults(path, maintenance, payments, answer) {
  if (maintenance || !payments) return answer();
  const faults = readFaults(home);
  const delay = faults.slow[path] ?? 0;
  const failing = Math.random() * 100 < (faults.failRate[path] ?? 0);
  setTimeout(() => (failing ? answer(true) : answer()), delay);
}

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://shop').pathname;
  const maintenance = existsSync(maintenanceFile);
  const { payments } = readFlags(home);
  withFaults(path, maintenance, payments, (injected = false) => {
    if (injected) return send(res, 502, 'text/plain', 'upstream payment provider failed\n');
    route(res, path, maintenance, payments);
  });
});

function route(res, path, maintenance, payments) {
  if (path === '/health') {
    if (maintenance) return send(res, 503, 'application/json', JSON.stringify({ status: 'maintenance', version }) + '\n');
    if (fault) return send(res, 500, 'application/json', JSON.stringify({ status: 'failing', version, reason: fault }) + '\n');
    return send(res, 200, 'application/json', JSON.stringify({ status: 'ok', version }) + '\n');
  }
  if (path === '/version') return send(res, 200, 'text/plain', `${version}\n`);
  if (path === '/') {
    if (maintenance) return send(res, 503, 'text/html', '<h1>The shop is under maintenance</h1><p>We will be back shortly.</p>\n');
    if (fault) return send(res, 500, 'text/plain', 'internal error\n');
    const checkout = payments ? '' : '<p>Checkout is paused: payments are temporarily unavailable.</p>';
    return send(res, 200, 'text/html', `<h1>Welcome to the shop</h1><p>release ${version}</p>${checkout}\n`);
  }
  return send(res, 404, 'text/plain', 'not found\n');
}

function shutdown() {
  server.close();
  server.closeAllConnections();
  // Only remove the pid file if it is still ours (a new instance may have replaced it).
  if (readPid() === process.pid) rmSync(pidFile, { force: true });
  process.exit(0);
}

function readPid() {
  try {
    return Number(readFileSync(pidFile, 'utf8').trim());
  } catch {
    return undefined;
  }
}

process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
server.on('error', (error) => fail(`cannot listen on 127.0.0.1:${port}: ${error.message}`));
server.listen(port, '127.0.0.1', () => {
  writeFileSync(pidFile, `${process.pid}\n`);
  const state = fault ? `FAILING (${fault})` : 'healthy';
  process.stdout.write(`${new Date().toISOString()} shop ${version} listening on http://127.0.0.1:${server.address().port} pid ${process.pid}: ${state}\n`);
});
