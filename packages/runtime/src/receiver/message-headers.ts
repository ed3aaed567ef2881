/**
 * `event.headers` as handlers and `constructEvent` hand it over: for events whose message describes
 * headers, the request's headers checked against that schema (events/message-headers) with `get`
 * added; for the others, `get` alone.
 */
import type { EventHeaderSchema } from '../events/event-table.js';
import { checkHeaders } from '../events/message-headers.js';
import { readHeader, type WebhookHeaders } from '../signing/core/headers.js';
import type { ReceivedHeaders } from './types.js';

/** Case-insensitive read access to a request's headers: `event.headers` of events without a header schema. */
export function viewHeaders(headers: WebhookHeaders): ReceivedHeaders {
  return { get: (name) => readHeader(headers, name.toLowerCase()) };
}

/**
 * Validates the request's headers against the event's header schema. Answers them as handlers get
 * them: the named headers as properties (declared numbers and booleans as such: `X-Retry-Count: 3`
 * arrives as 3), plus `get(name)` (the text, case-insensitive, not enumerable). Throws
 * `InvalidHeadersError` with issues pointing into the named headers.
 */
export function checkMessageHeaders(
  eventId: string,
  schema: EventHeaderSchema,
  headers: WebhookHeaders,
): Record<string, unknown> & ReceivedHeaders {
  const named = checkHeaders(eventId, schema, headers, true);
  return Object.defineProperty(named, 'get', {
    value: viewHeaders(headers).get,
    enumerable: false,
  }) as Record<string, unknown> & ReceivedHeaders;
}
