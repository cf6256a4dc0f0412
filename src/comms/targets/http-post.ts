/** POSTs JSON with Node's fetch and a hard timeout; failures become one readable sentence. */
import { formatSeconds } from '../../process/run-process.js';

export interface JsonPost {
  url: string;
  body: unknown;
  headers?: Record<string, string>;
  timeoutMs: number;
}

/** Where a URL points, without the path: webhook paths are secrets and must not reach logs or the timeline. */
export function describeEndpoint(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'an invalid URL';
  }
}

function networkReason(error: unknown, post: JsonPost): string {
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError') return `timed out after ${formatSeconds(post.timeoutMs)} waiting for ${describeEndpoint(post.url)}`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code;
  const host = describeEndpoint(post.url);
  if (code === 'ECONNREFUSED') return `connection refused by ${host}`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `cannot resolve host ${host}`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `connection to ${host} was reset`;
  return `cannot reach ${host}: ${code ?? cause?.message ?? (error as Error).message}`;
}

/** Sends the request; resolves with "HTTP 200 from host" or throws an Error saying what failed. */
export async function postJson(post: JsonPost): Promise<{ detail: string }> {
  let response: Response;
  try {
    response = await fetch(post.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', ...post.headers },
      body: JSON.stringify(post.body),
      signal: AbortSignal.timeout(post.timeoutMs),
    });
  } catch (error) {
    throw new Error(networkReason(error, post));
  }
  let body = '';
  try {
    body = (await response.text()).trim();
  } catch {
    // The status line is the verdict; a body cut off after it changes nothing.
  }
  const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (!response.ok) {
    const excerpt = body.replace(/\s+/g, ' ').slice(0, 200);
    throw new Error(`${status} from ${describeEndpoint(post.url)}${excerpt ? `: ${excerpt}` : ''}`);
  }
  return { detail: `${status} from ${describeEndpoint(post.url)}` };
}
