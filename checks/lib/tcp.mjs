// TCP helpers for the shipped checks: a timed connect, and a tiny Redis (RESP) client.
import net from 'node:net';
import { numberOption } from './plugin.mjs';

/** Connection options shared by the Redis checks (for `options()`). */
export const REDIS_OPTIONS = {
  host: { type: 'string', default: '127.0.0.1' },
  port: { type: 'string', default: '6379' },
  user: { type: 'string' },
  'password-env': { type: 'string', default: 'REDISCLI_AUTH' },
  timeout: { type: 'string', default: '5' },
};

/** A Redis session from parsed REDIS_OPTIONS; the password comes from the named variable. */
export function redisFromOptions(opts) {
  return redisSession({
    host: opts.host,
    port: numberOption(opts.port, '--port'),
    user: opts.user,
    password: process.env[opts['password-env']],
    timeoutMs: numberOption(opts.timeout, '--timeout') * 1000,
  });
}

/** One line for a failed connection or exchange: the error code when it says more than the text. */
export function describeNetError(error) {
  return `${error.code && error.code !== 'TIMEOUT' ? `${error.code}: ` : ''}${error.message}`;
}

/** Opens a TCP connection; rejects with code TIMEOUT when it takes longer than `timeoutMs`. */
export function connect(host, port, timeoutMs) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(Object.assign(new Error(`no connection within ${timeoutMs / 1000}s`), { code: 'TIMEOUT' }));
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Encodes a command as a RESP array of bulk strings (safe for any key). */
function encode(args) {
  return `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`;
}

/** Reads one RESP reply of the simple kinds (+, -, :, $); errors come back as `{ error }`. */
function readReply(socket, timeoutMs) {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => done(Object.assign(new Error(`no reply within ${timeoutMs / 1000}s`), { code: 'TIMEOUT' })), timeoutMs);
    const onData = (chunk) => {
      buffer += chunk.toString('utf8');
      const reply = parse(buffer);
      if (reply !== undefined) done(undefined, reply);
    };
    const onClose = () => done(new Error('connection closed before a reply'));
    function done(error, reply) {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('close', onClose);
      socket.off('error', done);
      if (error) reject(error);
      else resolve(reply);
    }
    socket.on('data', onData);
    socket.once('close', onClose);
    socket.once('error', done);
  });
}

function parse(buffer) {
  const end = buffer.indexOf('\r\n');
  if (end < 0) return undefined;
  const kind = buffer[0];
  const line = buffer.slice(1, end);
  if (kind === '+') return { value: line };
  if (kind === '-') return { error: line };
  if (kind === ':') return { value: Number(line) };
  if (kind === '$') {
    const length = Number(line);
    if (length < 0) return { value: null };
    const body = buffer.slice(end + 2);
    return Buffer.byteLength(body) >= length + 2 ? { value: body.slice(0, length) } : undefined;
  }
  return { error: `unexpected reply "${buffer.slice(0, 40)}"` };
}

/** Connects to Redis, authenticates when a password is given, and sends commands in order. */
export async function redisSession({ host, port, password, user, timeoutMs }) {
  const socket = await connect(host, port, timeoutMs);
  const send = async (...args) => {
    socket.write(encode(args));
    return readReply(socket, timeoutMs);
  };
  if (password) {
    const auth = await send(...(user ? ['AUTH', user, password] : ['AUTH', password]));
    if (auth.error) {
      socket.destroy();
      throw new Error(`authentication failed: ${auth.error}`);
    }
  }
  return { send, close: () => socket.destroy() };
}
