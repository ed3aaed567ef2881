import { type HttpExchange, post } from './http.js';

/** The app's answer, or why there was none. */
export type ForwardResult = (HttpExchange & { durationMs: number }) | { error: string; durationMs: number };

// Hop-by-hop headers belong to one connection (RFC 9110 section 7.6.1); `host` and
// `content-length` are set by the new request. Everything else, signatures included, goes as it came.
const HOP_BY_HOP = new Set([
  'host',
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'content-length',
  'expect',
]);

/**
 * POSTs the request's exact body bytes with its headers (minus hop-by-hop ones) to `url`.
 * Never throws: a network failure comes back as `{ error }`.
 *
 * @example
 * const answer = await forwardRequest('http://127.0.0.1:3000/webhooks', bytes, headers);
 */
export async function forwardRequest(
  url: string,
  bytes: Uint8Array<ArrayBuffer>,
  headers: Record<string, string>,
): Promise<ForwardResult> {
  const relayed = Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));
  const outcome = await post(url, relayed, bytes, 15_000);
  return outcome.ok
    ? { ...outcome.response, durationMs: outcome.durationMs }
    : { error: `forward to ${url} failed: ${outcome.reason}`, durationMs: outcome.durationMs };
}
