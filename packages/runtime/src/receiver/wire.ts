/**
 * Plugs a contract's `wire` setting into the receiver: payload-mode bodies are identified from the
 * configured parts (events/wire), envelopes parsed as always; the scheme defaults to the one the
 * contract names. The payload reader comes compiled with the table (`defineWire`), so receivers of
 * envelope contracts do not carry it.
 */
import type { EventTable } from '../events/event-table.js';
import { type ParsedEnvelope, parseEnvelope, type RawBody } from '../events/parse-envelope.js';
import type { WebhookHeaders } from '../signing/core/headers.js';
import type { SchemeName, VerifiedWebhook } from '../signing/core/types.js';

/** Turns a verified body into an event. */
export type TableBodyFormat = (
  table: EventTable,
  body: RawBody,
  headers: WebhookHeaders,
  verified?: VerifiedWebhook,
) => ParsedEnvelope;

const envelopeFormat: TableBodyFormat = (table, body) => parseEnvelope(table, body);

/** The body format a table's `wire` setting asks for: the envelope unless it says `payload`. */
export function bodyFormatOf(table: EventTable): TableBodyFormat {
  const wire = table.wire;
  if (wire?.body !== 'payload') return envelopeFormat;
  return (t, body, headers, verified) => wire.read(t, body, headers, { signedAt: verified?.timestamp });
}

/** The scheme to verify with: the caller's, else the contract's, else the verifier's default. */
export function schemeOf(table: EventTable, scheme: SchemeName | undefined): SchemeName | undefined {
  return scheme ?? table.wire?.signature;
}
