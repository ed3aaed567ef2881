/**
 * The sender side of payload mode: the body is the payload itself and the event is named the way the
 * provider names it (headers it sets, body fields the payload already carries). Built requests are
 * read back with the receiver's own reader, so a sender never produces what its receiver would
 * identify as another event.
 */
import { InvalidPayloadError } from '../errors.js';
import type { EventTable } from '../event-table.js';
import { InvalidWirePartError } from './errors.js';
import { readPart } from './read-payload.js';
import type { WirePart, WireParts } from './wire-format.js';

/** A payload-mode request before signing. */
export interface PayloadRequest {
  /** `type@version` of the event. */
  id: string;
  type: string;
  version: number;
  /** The exact body to sign and send. */
  body: string;
  /** Headers naming the event and the delivery (lower-case names); the signature headers come on top. */
  headers: Record<string, string>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The values of the header parts of `type`, given the body parts the payload already holds: a header
 * part takes what the body parts leave over (`issues.opened` with `/action` = `opened` gives
 * `x-github-event: issues`).
 */
function headerValues(parts: readonly WirePart[], data: unknown, type: string): Map<string, string> {
  const pattern = parts
    .map((part) => {
      if (part.source === 'header') return '(.+?)';
      const found = readPart(part, data, {});
      return typeof found === 'string' && found !== '' ? escapeRegExp(found) : undefined;
    })
    .filter((piece) => piece !== undefined)
    .join('\\.');
  const match = new RegExp(`^${pattern}$`, 'u').exec(type);
  const bodyParts = parts.filter((p) => p.source === 'body').map((p) => p.text);
  if (!match) {
    throw new InvalidWirePartError(
      bodyParts.join(', ') || parts.map((p) => p.text).join(', '),
      `the payload does not name event type "${type}": the parts present must join to it`,
    );
  }
  const names = parts.flatMap((p) => (p.source === 'header' ? [p.name] : []));
  return new Map(names.map((name, i) => [name, match[i + 1] ?? '']));
}

/**
 * Validates `data` for an event and lays it out as a payload-mode request.
 *
 * @example
 * const request = createPayloadRequest(events, parseWireParts(wire), 'issues.opened', payload, 'delivery-1');
 * request.headers['x-github-event']; // 'issues'
 */
export function createPayloadRequest(
  table: EventTable,
  parts: WireParts,
  typeOrId: string,
  data: unknown,
  deliveryId: string,
): PayloadRequest {
  const def = table.resolve(typeOrId);
  const check = def.validate(data);
  if (!check.valid) throw new InvalidPayloadError(def.id, check.issues);
  const headers: Record<string, string> = {};
  for (const [name, value] of headerValues(parts.eventType, data, def.type)) headers[name] = value;
  const version = parts.eventVersion;
  if (version?.source === 'header') headers[version.name] = String(def.version);
  else if (version !== undefined && readPart(version, data, {}) !== def.version) {
    throw new InvalidWirePartError(
      version.text,
      `the payload must hold version ${def.version} of ${def.type}`,
    );
  }
  if (parts.deliveryId.source === 'header') headers[parts.deliveryId.name] = deliveryId;
  return { id: def.id, type: def.type, version: def.version, body: JSON.stringify(data), headers };
}
