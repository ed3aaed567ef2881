/**
 * How a contract's requests look on the wire when they are not Hookwright's envelope: where the event
 * type, version and delivery id are read from, and which signature scheme signs them
 * (docs/wire-formats.md). The compiler checks the same syntax in `hookwright.config.json`; this module
 * is what generated packages hand to the runtime (as data in their event table).
 */
import { HEADER_NAME_SOURCE, isHeaderName } from '../../signing/core/header-syntax.js';
import type { SchemeName } from '../../signing/core/types.js';

/** A place in a request: `header:<name>` or `body:<JSON pointer>` (RFC 6901). */
export type WirePartText = `header:${string}` | `body:${string}`;

/** The `wire` setting of a contract. */
export interface WireFormat {
  /** `envelope` (Standard Webhooks envelope, the default) or `payload` (the body is the event's payload). */
  body: 'envelope' | 'payload';
  /** Parts naming the event type; those present are joined with `.` (`['header:x-github-event', 'body:/action']`). */
  eventType?: readonly WirePartText[];
  /** Part holding the event version; without it, the type's latest non-deprecated version. */
  eventVersion?: WirePartText;
  /** Signature scheme; default `standard`. */
  signature?: SchemeName;
  /** Part identifying a delivery for idempotency; default per scheme (see {@link DEFAULT_DELIVERY_ID}). */
  deliveryId?: WirePartText;
}

/** A parsed part: a lower-case header name, or the decoded segments of a JSON pointer. */
export type WirePart =
  | { source: 'header'; name: string; text: string }
  | { source: 'body'; segments: readonly string[]; text: string };

/** Where each scheme's senders put the delivery id. */
export const DEFAULT_DELIVERY_ID: Readonly<Record<SchemeName, WirePartText>> = {
  standard: 'header:webhook-id',
  github: 'header:x-github-delivery',
  stripe: 'body:/id',
};

/** RFC 6901: empty, or `/`-separated segments where `~` is only ever `~0` or `~1`. */
const POINTER_SOURCE = '(?:/(?:[^~/]|~[01])*)*';
const POINTER = new RegExp(`^${POINTER_SOURCE}$`);

/** The syntax of one part as a regular expression source: what the config schema checks too. */
export const WIRE_PART_PATTERN = `^(?:header:${HEADER_NAME_SOURCE}|body:${POINTER_SOURCE})$`;

/** A `wire` setting the runtime cannot use; the message names the fix. */
export class WireFormatError extends Error {
  override name = 'WireFormatError';
  readonly code = 'INVALID_WIRE_FORMAT';
  constructor(
    /** The setting at fault, e.g. `eventType[1]`. */
    readonly setting: string,
    message: string,
  ) {
    super(`wire.${setting}: ${message}`);
  }
}

/**
 * Parses `header:<name>` / `body:<pointer>`; throws {@link WireFormatError} naming `setting`.
 *
 * @example
 * parseWirePart('body:/data/object', 'eventType[0]'); // { source: 'body', segments: ['data', 'object'], ... }
 */
export function parseWirePart(text: string, setting: string): WirePart {
  if (typeof text === 'string' && text.startsWith('header:')) {
    const name = text.slice(7);
    if (isHeaderName(name)) return { source: 'header', name: name.toLowerCase(), text };
    throw new WireFormatError(setting, `"${text}" is not a header name; write header:x-github-event`);
  }
  if (typeof text === 'string' && text.startsWith('body:')) {
    const pointer = text.slice(5);
    if (POINTER.test(pointer)) {
      const segments = pointer === '' ? [] : pointer.slice(1).split('/').map(unescapeSegment);
      return { source: 'body', segments, text };
    }
    throw new WireFormatError(
      setting,
      `"${text}" is not a JSON pointer; write body:/type or body:/data/object`,
    );
  }
  throw new WireFormatError(
    setting,
    `expected "header:<name>" or "body:<JSON pointer>", got ${JSON.stringify(text)}`,
  );
}

function unescapeSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** The parsed parts of a payload-mode wire format, with defaults applied. */
export interface WireParts {
  eventType: readonly WirePart[];
  eventVersion: WirePart | undefined;
  deliveryId: WirePart;
}

/** Checks a `wire` setting and parses its parts; payload mode needs at least one `eventType` part. */
export function parseWireParts(wire: WireFormat): WireParts {
  const eventType = (wire.eventType ?? []).map((part, i) => parseWirePart(part, `eventType[${i}]`));
  if (wire.body === 'payload' && eventType.length === 0) {
    throw new WireFormatError(
      'eventType',
      'body "payload" needs the parts that name the event, e.g. ["header:x-github-event", "body:/action"]',
    );
  }
  return {
    eventType,
    eventVersion:
      wire.eventVersion === undefined ? undefined : parseWirePart(wire.eventVersion, 'eventVersion'),
    deliveryId: parseWirePart(
      wire.deliveryId ?? DEFAULT_DELIVERY_ID[wire.signature ?? 'standard'],
      'deliveryId',
    ),
  };
}
