import type { Envelope } from './envelope.js';
import { InvalidEnvelopeError, InvalidJsonError, InvalidPayloadError } from './errors.js';
import type { EventTable } from './event-table.js';

export type RawBody = string | Uint8Array | ArrayBuffer;

/** A parsed body: either a known, validated event, or a well-formed envelope of an unknown event. */
export type ParsedEnvelope = (
  | { known: true; id: string; event: Envelope }
  | { known: false; id: string; event: Envelope }
) & {
  /** The delivery id when the body format carries it (payload mode); else the verifier's id is used. */
  deliveryId?: string | undefined;
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/**
 * Parses a raw body once, checks the envelope shape, and validates `data` when the event is known.
 * Unknown events are returned (not thrown) so the caller can decide: receivers answer 2xx by default.
 *
 * @example
 * const parsed = parseEnvelope(table, rawBody);
 * if (parsed.known) handle(parsed.event);
 */
export function parseEnvelope(table: EventTable, body: RawBody): ParsedEnvelope {
  const event = checkEnvelope(parseJsonBody(body));
  const def = table.find(event.type, event.version);
  if (!def) return { known: false, id: `${event.type}@${event.version}`, event };
  const { id } = def;
  const check = def.validate(event.data);
  if (!check.valid) throw new InvalidPayloadError(id, check.issues);
  return { known: true, id, event };
}

/** The body's JSON value; `InvalidJsonError` when it is not UTF-8 JSON. */
export function parseJsonBody(body: RawBody): unknown {
  const text = typeof body === 'string' ? body : decode(body);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidJsonError(`body is not valid JSON: ${(error as Error).message}`);
  }
}

function decode(body: Uint8Array | ArrayBuffer): string {
  try {
    return strictUtf8.decode(body);
  } catch {
    throw new InvalidJsonError('body is not valid UTF-8');
  }
}

function checkEnvelope(value: unknown): Envelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidEnvelopeError(`envelope must be a JSON object, got ${describe(value)}`, '');
  }
  const record = value as Record<string, unknown>;
  const { type, version, timestamp } = record;
  if (typeof type !== 'string' || type === '') {
    throw new InvalidEnvelopeError(`"type" must be a non-empty string, got ${describe(type)}`, '/type');
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new InvalidEnvelopeError(`"version" must be an integer >= 1, got ${describe(version)}`, '/version');
  }
  if (typeof timestamp !== 'string' || !RFC3339.test(timestamp)) {
    throw new InvalidEnvelopeError(
      `"timestamp" must be an RFC 3339 date-time, got ${describe(timestamp)}`,
      '/timestamp',
    );
  }
  if (!('data' in record)) throw new InvalidEnvelopeError('"data" is missing', '/data');
  // Fields beyond the four are ignored, not refused: a sender may add one without breaking receivers.
  return { type, version, timestamp, data: record.data };
}

/** A short description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  return typeof value === 'object' ? 'an object' : String(value);
}
