// HTTP for the shipped checks: one request with an overall deadline, optional redirects,
// and a capped body, on node:http(s) directly (no fetch warm-up in the measured time).
import http from 'node:http';
import https from 'node:https';
import { UsageError } from './plugin.mjs';

const MAX_BODY = 1024 * 1024;
const MAX_REDIRECTS = 5;

/** An http or https URL from an option; anything else is a usage error (UNKNOWN), not a failed probe. */
export function httpUrlOption(text, what) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`${what} "${text}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`${what} "${text}" is not an http:// or https:// URL`);
  }
  return url;
}

/** One request (following redirects when asked) with an overall deadline; the body is capped at 1 MiB. */
export function request(url, { method, headers, follow, timeoutMs }) {
  const deadline = Date.now() + timeoutMs;
  const once = (target, hops) =>
    new Promise((resolve, reject) => {
      const client = target.protocol === 'https:' ? https : http;
      if (target.protocol !== 'http:' && target.protocol !== 'https:') return reject(new Error(`unsupported protocol ${target.protocol}`));
      const req = client.request(target, { method, headers: { 'user-agent': 'warroom-check/1', ...headers } }, (res) => {
        const location = res.headers.location;
        if (follow && location && res.statusCode >= 300 && res.statusCode < 400) {
          res.resume();
          if (hops >= MAX_REDIRECTS) return reject(new Error(`more than ${MAX_REDIRECTS} redirects`));
          return resolve(once(new URL(location, target), hops + 1));
        }
        const chunks = [];
        let size = 0;
        res.on('data', (chunk) => {
          size += chunk.length;
          if (size <= MAX_BODY) chunks.push(chunk);
        });
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8'), size }));
        res.on('error', reject);
      });
      const left = Math.max(1, deadline - Date.now());
      const timer = setTimeout(() => req.destroy(Object.assign(new Error('timed out'), { code: 'TIMEOUT' })), left);
      req.on('close', () => clearTimeout(timer));
      req.on('error', reject);
      req.end();
    });
  return once(url, 0);
}
