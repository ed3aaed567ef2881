/**
 * The body and event headers of one webhook request in the contract's wire format: the Standard
 * Webhooks envelope, or (payload mode, docs/wire-formats.md) the bare payload with the event named
 * the way the provider names it. Signature headers are added by the caller's signer.
 */
import { createEnvelope, type Envelope, type EnvelopeOptions } from '../events/envelope.js';
import type { EventTable } from '../events/event-table.js';

/** A request before signing. */
export interface UnsignedRequest {
  /** The event as the receiver will hand it to handlers. */
  envelope: Envelope;
  body: string;
  /** Headers beyond the signature's, lower-case names. */
  headers: Record<string, string>;
}

/** Validates `data` and lays the request out as the contract's wire format says. */
export function createWireRequest(
  table: EventTable,
  event: string,
  data: unknown,
  id: string,
  options: EnvelopeOptions,
): UnsignedRequest {
  const envelope = createEnvelope(table, event, data, options);
  if (table.wire?.body !== 'payload') return { envelope, body: JSON.stringify(envelope), headers: {} };
  const request = table.wire.request(table, event, data, id);
  return { envelope, body: request.body, headers: request.headers };
}
