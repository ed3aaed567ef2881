/**
 * The body and event headers of one webhook request in the contract's wire format: the Standard
 * Webhooks envelope, or (payload mode, docs/wire-formats.md) the bare payload with the event named
 * the way the provider names it. Signature headers are added by the caller's signer.
 */
import { createEnvelope, type Envelope, type EnvelopeOptions } from '../events/envelope.js';
import type { EventTable } from '../events/event-table.js';
import { headersToSend, type MessageHeaders } from './message-headers.js';

/** A request before signing. */
export interface UnsignedRequest {
  /** The event as the receiver will hand it to handlers. */
  envelope: Envelope;
  body: string;
  /** Headers beyond the signature's, lower-case names. */
  headers: Record<string, string>;
}

/** What a request is built with besides the event and its data. */
export interface WireRequestOptions extends EnvelopeOptions {
  /** The message's own headers, checked against the event's header schema when it has one. */
  headers?: MessageHeaders | undefined;
}

/**
 * Validates `data` (and the message headers) and lays the request out as the contract's wire format
 * says. The headers that name the event and the delivery (payload mode) win over the caller's.
 */
export function createWireRequest(
  table: EventTable,
  event: string,
  data: unknown,
  id: string,
  options: WireRequestOptions,
): UnsignedRequest {
  if (table.wire?.body !== 'payload') {
    const envelope = createEnvelope(table, event, data, options);
    const headers = headersToSend(table, `${envelope.type}@${envelope.version}`, options.headers);
    return { envelope, body: JSON.stringify(envelope), headers };
  }
  // The request builder validates the payload, so the envelope handed to hooks is only wrapped.
  const request = table.wire.request(table, event, data, id);
  const { timestamp = new Date() } = options;
  const at = typeof timestamp === 'string' ? timestamp : timestamp.toISOString();
  const envelope: Envelope = { type: request.type, version: request.version, timestamp: at, data };
  const headers = headersToSend(table, request.id, options.headers);
  return { envelope, body: request.body, headers: { ...headers, ...request.headers } };
}
