/**
 * A transport over the global `fetch`, for runtimes without `node:http` (Workers, Deno, Bun). Its SSRF
 * guard is WEAKER than the Node transport's: `fetch` resolves host names itself and does not say which
 * address it connected to, so only IP literals in the URL (and `requireHttps`) can be checked. A host
 * name that resolves to an internal address is not caught here; on Node the `node` condition selects
 * the Node transport, which checks the connected address. Cloudflare Workers cannot reach private
 * networks by design; elsewhere, put an egress proxy in front if URLs come from customers.
 */
import type { Timers } from './clock.js';
import { failure } from './failure.js';
import { checkUrl } from './guard.js';
import { type GuardOptions, RESPONSE_BODY_LIMIT, type Transport, type TransportResult } from './transport.js';

export function createFetchTransport(guard: GuardOptions, timers: Timers): Transport {
  return {
    async send({ url, headers, signature, body, timeoutMs }) {
      try {
        checkUrl(url, guard);
      } catch (error) {
        return failure(error);
      }
      const controller = new AbortController();
      const timer = timers.setTimeout(() => controller.abort(), timeoutMs);
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { ...headers, ...signature },
          body,
          redirect: 'manual',
          signal: controller.signal,
        });
        const text = await readPrefix(response);
        const result: TransportResult = { kind: 'response', status: response.status, body: text };
        const location = response.headers.get('location');
        const retryAfter = response.headers.get('retry-after');
        if (location !== null) result.location = location;
        if (retryAfter !== null) result.retryAfter = retryAfter;
        return result;
      } catch (error) {
        if (controller.signal.aborted)
          return { kind: 'error', code: 'TIMEOUT', message: `no answer within ${timeoutMs} ms` };
        return failure(error);
      } finally {
        timers.clearTimeout(timer);
      }
    },
    close() {},
  };
}

/** The first bytes of the body as text; the rest is cancelled rather than read. */
async function readPrefix(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  while (length < RESPONSE_BODY_LIMIT) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  await reader.cancel().catch(() => undefined);
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return new TextDecoder().decode(bytes.subarray(0, RESPONSE_BODY_LIMIT));
}
