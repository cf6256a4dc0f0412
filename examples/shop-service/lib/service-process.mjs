// Starting and stopping the shop server. The server runs detached, as the leader of its own
// process group, so a deploy script that exits (or is killed along with its whole process
// group by a timeout) leaves the freshly started server running.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../server.mjs', import.meta.url));
const START_TIMEOUT_MS = 10_000;
const STOP_GRACE_MS = 5_000;

export const pidFileOf = (home) => join(home, 'shop.pid');

/** The pid in the pid file when that process is alive, else undefined. */
export function runningPid(home) {
  let pid;
  try {
    pid = Number(readFileSync(pidFileOf(home), 'utf8').trim());
  } catch {
    return undefined;
  }
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

/** Whether a process exists and is not a zombie (an exited child nobody has reaped yet). */
export function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
    return state !== 'Z' && state !== 'X';
  } catch {
    return true; // no /proc (not Linux): kill(0) is all we have
  }
}

/** Starts the server and waits until it answers; throws with the log's tail when it does not. */
export async function startService(home, port) {
  const already = runningPid(home);
  if (already) return { pid: already, started: false };
  rmSync(pidFileOf(home), { force: true });
  const logPath = join(home, 'server.log');
  const log = openSync(logPath, 'a');
  const child = spawn(process.execPath, [SERVER, '--home', home, '--port', String(port)], {
    detached: true,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  child.unref();
  let exited;
  child.once('exit', (code, signal) => (exited = signal ?? `exit code ${code}`));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the shop did not start (${exited}):\n${logTail(logPath)}`);
    if (runningPid(home) === child.pid && (await answers(port))) return { pid: child.pid, started: true };
    await sleep(50);
  }
  killGroup(child.pid, 'SIGKILL');
  throw new Error(`the shop did not answer on port ${port} within ${START_TIMEOUT_MS / 1000}s:\n${logTail(logPath)}`);
}

/** Stops the server (TERM to its group, KILL after a grace); false when it was not running. */
export async function stopService(home) {
  const pid = runningPid(home);
  if (!pid) {
    rmSync(pidFileOf(home), { force: true });
    return false;
  }
  killGroup(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_GRACE_MS;
  while (isAlive(pid) && Date.now() < deadline) await sleep(25);
  if (isAlive(pid)) killGroup(pid, 'SIGKILL');
  while (isAlive(pid)) await sleep(25);
  rmSync(pidFileOf(home), { force: true });
  return true;
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/** One GET of /version: does anything answer HTTP on the port? */
function answers(port) {
  return new Promise((resolve) => {
    const req = get({ host: '127.0.0.1', port, path: '/version', timeout: 1_000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
  });
}

/** GET /health: the status code and the parsed body, or the connection error. */
export function health(port) {
  return new Promise((resolve) => {
    const req = get({ host: '127.0.0.1', port, path: '/health', timeout: 2_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: body.trim() }));
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 2s')));
    req.on('error', (error) => resolve({ status: 0, body: error.message }));
  });
}

function logTail(path) {
  if (!existsSync(path)) return '(no log)';
  return readFileSync(path, 'utf8').split('\n').slice(-10).join('\n');
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
