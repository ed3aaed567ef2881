/**
 * The headers a caller sends with one message (`send(..., { headers })`, `createWebhook(..., { headers })`):
 * checked against the event's header schema when its message describes headers, so a message its own
 * receiver would answer 422 is refused before anything is queued, then lower-cased for the wire.
 */
import type { IdOfKey } from '../events/contract-types.js';
import type { EventTable } from '../events/event-table.js';
import { checkHeaders, headerText } from '../events/message-headers.js';
import { isHeaderName, isSingleLineValue } from '../signing/core/header-syntax.js';
import { InvalidSenderOptionError } from './errors.js';

/** What a caller may pass: header names in any case (the schema's spelling is fine), string values. */
export type MessageHeaders = Readonly<Record<string, string>>;

/**
 * The headers `send(key, data, { headers })` takes: the event's `<Event>Headers` type from `H` (the
 * generated `EventHeadersMap`) when its message describes headers, any string headers otherwise.
 */
export type HeadersToSendOf<M extends object, L extends object, H extends object, K extends string> =
  IdOfKey<M, L, K> extends keyof H ? H[IdOfKey<M, L, K>] : MessageHeaders;

const NO_HEADERS: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * The message's headers for `eventId`, lower-case names. Throws `InvalidHeadersError` when the event's
 * header schema refuses them (also when none were given but the schema requires some), and
 * `InvalidSenderOptionError` for a name or value HTTP cannot carry.
 */
export function headersToSend(
  table: EventTable,
  eventId: string,
  given: MessageHeaders | undefined,
): Record<string, string> {
  const schema = table.definitions.get(eventId)?.headers;
  if (schema === undefined && given === undefined) return NO_HEADERS; // the common case: nothing to do
  const named = schema === undefined ? (given ?? {}) : checkHeaders(eventId, schema, given ?? {});
  const lowered: Record<string, string> = {};
  for (const [name, value] of Object.entries(named)) {
    const text = headerText(value);
    if (!isHeaderName(name) || text === undefined || !isSingleLineValue(text)) {
      throw new InvalidSenderOptionError(
        'headers',
        `headers must map header names to single-line strings (or numbers and booleans where the schema types them so), got ${JSON.stringify(name)}: ${JSON.stringify(value)}`,
      );
    }
    Object.defineProperty(lowered, name.toLowerCase(), { value: text, enumerable: true, writable: true });
  }
  return lowered;
}
