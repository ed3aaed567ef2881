import { GENERATED_HEADER } from '../files.js';
import { EVENT_KEY_TYPES } from './shared-types-source.js';

/** `src/index.ts` of the receiver package: typed wrappers over `@hookwright/runtime`. */
export function emitReceiverSource(): string {
  return `${GENERATED_HEADER}import { parseEnvelope, type RawBody, UnknownEventError } from '@hookwright/runtime/events';
import { createVerifier, type VerifierOptions, type WebhookHeaders } from '@hookwright/runtime/signing';
import { events, type LatestVersions } from './events.js';
import type { EventId, EventMap, EventType, LatestEventMap, WebhookEvent } from './types.js';

export type * from './types.js';
export { events, type LatestVersions } from './events.js';
export {
  EventError,
  InvalidEnvelopeError,
  InvalidJsonError,
  InvalidPayloadError,
  UnknownEventError,
} from '@hookwright/runtime/events';
export { WebhookVerificationError } from '@hookwright/runtime/signing';

${EVENT_KEY_TYPES}
/**
 * Parses and validates a body that is already trusted (verified elsewhere, or a test fixture).
 * Throws \`InvalidJsonError\`, \`InvalidEnvelopeError\`, \`InvalidPayloadError\` or, for an event
 * this contract does not know, \`UnknownEventError\` (answer those with 2xx: newer senders add events).
 *
 * @example
 * const event = parseEvent('{"type":"order.created","version":2,...}');
 */
export function parseEvent(body: RawBody): WebhookEvent {
  const parsed = parseEnvelope(events, body);
  if (!parsed.known) throw new UnknownEventError(parsed.event.type, parsed.event.version, [...events.definitions.keys()]);
  return parsed.event as WebhookEvent;
}

/**
 * Verifies the signature and timestamp of a request, then parses and validates its body: the typed
 * event, or a thrown error with a stable \`code\`. Pass the raw body exactly as received.
 *
 * @example
 * const event = await constructEvent(rawBody, request.headers, { secret: process.env.WEBHOOK_SECRET! });
 * if (event.type === 'order.created' && event.version === 2) console.log(event.data);
 */
export async function constructEvent(
  body: RawBody,
  headers: WebhookHeaders,
  options: VerifierOptions,
): Promise<WebhookEvent> {
  return createEventVerifier(options).constructEvent(body, headers);
}

/**
 * \`constructEvent\` with its secrets parsed once, for servers.
 *
 * @example
 * const webhooks = createEventVerifier({ secret: process.env.WEBHOOK_SECRET! });
 * const event = await webhooks.constructEvent(rawBody, request.headers);
 */
export function createEventVerifier(options: VerifierOptions): {
  constructEvent(body: RawBody, headers: WebhookHeaders): Promise<WebhookEvent>;
} {
  const verifier = createVerifier(options);
  return {
    async constructEvent(body, headers) {
      await verifier.verify(body, headers);
      return parseEvent(body);
    },
  };
}

/**
 * Narrows an event to one version (\`'order.created@2'\`) or to every version of a type (\`'order.created'\`).
 *
 * @example
 * if (isEvent(event, 'order.created@2')) event.data; // OrderCreatedV2Data
 */
export function isEvent<K extends EventKey>(
  event: WebhookEvent,
  key: K,
): event is K extends EventId ? EventEnvelope<K> : Extract<WebhookEvent, { type: K }> {
  const at = key.lastIndexOf('@');
  if (at < 0) return event.type === key;
  return event.type === key.slice(0, at) && event.version === Number(key.slice(at + 1));
}
`;
}
