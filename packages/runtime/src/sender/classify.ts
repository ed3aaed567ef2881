/**
 * How an answer (or its absence) is treated, as a table: the sender's documented status semantics.
 *
 * | answer                                   | outcome     |
 * | ---------------------------------------- | ----------- |
 * | 2xx                                      | `delivered` |
 * | network error, timeout, 408, 429, 5xx    | `retry`     |
 * | 3xx (redirects are never followed)       | `retry`     |
 * | 410                                      | `gone`: the endpoint is disabled |
 * | other 4xx                                | `failed`, unless listed in `retryStatuses` |
 * | refused before sending (SSRF, https, a header HTTP cannot carry) | `failed` |
 */
import type { AttemptOutcome } from '../queue/types.js';

/** Statuses that are retried although they are 4xx. */
const RETRIED_4XX: ReadonlySet<number> = new Set([408, 429]);

/** The outcome of an answered attempt. `retryStatuses` adds statuses to retry (e.g. 404 while a customer deploys). */
export function classifyStatus(status: number, retryStatuses: ReadonlySet<number>): AttemptOutcome {
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 410) return 'gone';
  if (status >= 500 || status < 200 || RETRIED_4XX.has(status) || retryStatuses.has(status)) return 'retry';
  if (status >= 300 && status < 400) return 'retry';
  return 'failed';
}
