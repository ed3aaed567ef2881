/**
 * The identify + parse step of payload mode: the body is the event's payload, and the event type,
 * version and delivery id come from the configured headers and body fields. Runs after the signature
 * check, once per request, so the parts are parsed once per format and each read is a few lookups.
 */
import type { WebhookHeaders } from '../../signing/core/headers.js';
import { readHeader } from '../../signing/core/headers.js';
import { InvalidPayloadError } from '../errors.js';
import type { EventTable } from '../event-table.js';
import { describe, type ParsedEnvelope, parseJsonBody, type RawBody } from '../parse-envelope.js';
import { InvalidWirePartError } from './errors.js';
import { parseWireParts, type WireFormat, type WirePart } from './wire-format.js';

/** What the receiver knows besides body and headers: when the request was signed, if the scheme says. */
export interface ReadContext {
  /** Unix seconds of the signature (`standard`, `stripe`); `github` signs no time. */
  signedAt?: number | undefined;
}

/** Reads one payload-mode request into an event (known and validated, or unknown). */
export type PayloadReader = (
  table: EventTable,
  body: RawBody,
  headers: WebhookHeaders,
  context?: ReadContext,
) => ParsedEnvelope;

/** The value a part holds in a request; undefined when absent (an empty header counts as absent). */
export function readPart(part: WirePart, value: unknown, headers: WebhookHeaders): unknown {
  if (part.source === 'header') {
    const text = readHeader(headers, part.name);
    return text === '' ? undefined : text;
  }
  let node = value;
  for (const segment of part.segments) {
    if (typeof node !== 'object' || node === null) return undefined;
    if (Array.isArray(node) && !/^(?:0|[1-9]\d*)$/.test(segment)) return undefined;
    if (!Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** A present event-type part must be a non-empty string. */
function typePiece(part: WirePart, found: unknown): string | undefined {
  if (found === undefined) return undefined;
  if (typeof found === 'string' && found !== '') return found;
  throw new InvalidWirePartError(
    part.text,
    `an event type part must be a non-empty string, got ${describe(found)}`,
  );
}

function versionOf(part: WirePart, found: unknown): number | undefined {
  if (found === undefined) return undefined;
  const number = typeof found === 'string' && /^[1-9]\d{0,8}$/.test(found) ? Number(found) : found;
  if (typeof number === 'number' && Number.isSafeInteger(number) && number >= 1) return number;
  throw new InvalidWirePartError(
    part.text,
    `the event version must be an integer >= 1, got ${describe(found)}`,
  );
}

function deliveryIdOf(part: WirePart, found: unknown): string | undefined {
  if (found === undefined) return undefined;
  if (typeof found === 'string' && found !== '') return found;
  throw new InvalidWirePartError(
    part.text,
    `the delivery id must be a non-empty string, got ${describe(found)}`,
  );
}

/** The event type named by the parts present, or an error naming the parts when none is. */
export function eventTypeOf(parts: readonly WirePart[], value: unknown, headers: WebhookHeaders): string {
  let type = '';
  for (const part of parts) {
    const piece = typePiece(part, readPart(part, value, headers));
    if (piece !== undefined) type = type === '' ? piece : `${type}.${piece}`;
  }
  if (type === '') {
    throw new InvalidWirePartError(
      parts.map((p) => p.text).join(', '),
      'no part naming the event type is present in the request',
    );
  }
  return type;
}

/**
 * Compiles a payload-mode wire format into its reader.
 *
 * @example
 * const read = createPayloadReader({ body: 'payload', eventType: ['header:x-github-event', 'body:/action'], signature: 'github' });
 * const parsed = read(events, rawBody, request.headers);
 * if (parsed.known) console.log(parsed.id); // 'issues.opened@1'
 */
export function createPayloadReader(wire: WireFormat): PayloadReader {
  const parts = parseWireParts(wire);
  // One ISO string per second, not per request: formatting a Date showed in the benchmark.
  let second = Number.NaN;
  let iso = '';
  const timestampAt = (seconds: number) => {
    const whole = Math.floor(seconds);
    if (whole !== second) {
      second = whole;
      iso = new Date(whole * 1000).toISOString();
    }
    return iso;
  };
  return (table, body, headers, context = {}) => {
    const value = parseJsonBody(body);
    const type = eventTypeOf(parts.eventType, value, headers);
    const named =
      parts.eventVersion === undefined
        ? undefined
        : versionOf(parts.eventVersion, readPart(parts.eventVersion, value, headers));
    const deliveryId = deliveryIdOf(parts.deliveryId, readPart(parts.deliveryId, value, headers));
    const version = named ?? table.latest.get(type);
    // No event time travels in a bare payload: `timestamp` is when the request was signed (or read).
    const timestamp = timestampAt(context.signedAt ?? Date.now() / 1000);
    const def = version === undefined ? undefined : table.find(type, version);
    if (!def) {
      const id = version === undefined ? type : `${type}@${version}`;
      return { known: false, id, event: { type, version: version ?? 0, timestamp, data: value }, deliveryId };
    }
    const check = def.validate(value);
    if (!check.valid) throw new InvalidPayloadError(def.id, check.issues);
    return {
      known: true,
      id: def.id,
      event: { type, version: def.version, timestamp, data: value },
      deliveryId,
    };
  };
}
