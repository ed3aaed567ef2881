/**
 * A contract's wire format, checked once and compiled into what the receiver and the sender call.
 * Generated packages pass it to `createEventTable` only when their contract sets `wire`, so the
 * payload-mode code is bundled only by apps that use it.
 */
import type { EventTable } from '../event-table.js';
import { createPayloadRequest, type PayloadRequest } from './payload-request.js';
import { createPayloadReader, type PayloadReader } from './read-payload.js';
import { parseWireParts, type WireFormat, type WireParts } from './wire-format.js';

/** A checked wire format with its reader and request builder. */
export interface Wire extends WireFormat {
  /** The parts, parsed and with the scheme's defaults applied (`deliveryId` is always there). */
  readonly parts: WireParts;
  /** Identifies, parses and validates one payload-mode request (receivers). */
  readonly read: PayloadReader;
  /** Lays out one payload-mode request before signing (senders); `deliveryId` goes where the format says. */
  readonly request: (
    table: EventTable,
    typeOrId: string,
    data: unknown,
    deliveryId: string,
  ) => PayloadRequest;
}

/**
 * Checks a `wire` setting (throws `WireFormatError` naming the setting) and compiles it.
 *
 * @example
 * const events = createEventTable(definitions, {
 *   wire: defineWire({ body: 'payload', eventType: ['header:x-github-event', 'body:/action'], signature: 'github' }),
 * });
 */
export function defineWire(format: WireFormat): Wire {
  const parts = parseWireParts(format);
  return {
    ...format,
    parts,
    read: createPayloadReader(format),
    request: (table, typeOrId, data, deliveryId) =>
      createPayloadRequest(table, parts, typeOrId, data, deliveryId),
  };
}
