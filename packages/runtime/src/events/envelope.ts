import { InvalidPayloadError } from './errors.js';
import type { EventTable } from './event-table.js';

/** The JSON body of a webhook (schemas/envelope.schema.json). */
export interface Envelope<Type extends string = string, Version extends number = number, Data = unknown> {
  type: Type;
  version: Version;
  /** RFC 3339 time the event happened. */
  timestamp: string;
  data: Data;
}

export interface EnvelopeOptions {
  /** When the event happened; default: now. */
  timestamp?: Date | string;
}

/**
 * Validates `data` for an event (`type` = latest version, or `type@version`) and wraps it.
 * Throws InvalidPayloadError before anything is sent; UnknownEventError for unknown events.
 *
 * @example
 * const envelope = createEnvelope(table, 'order.created', { id: 'ord_1' });
 * const body = JSON.stringify(envelope);
 */
export function createEnvelope(
  table: EventTable,
  typeOrId: string,
  data: unknown,
  options: EnvelopeOptions = {},
): Envelope {
  const def = table.resolve(typeOrId);
  const check = def.validate(data);
  if (!check.valid) throw new InvalidPayloadError(def.id, check.issues);
  const { timestamp = new Date() } = options;
  return {
    type: def.type,
    version: def.version,
    timestamp: typeof timestamp === 'string' ? timestamp : timestamp.toISOString(),
    data,
  };
}
