import { createEventApi, createReceiver as createContractReceiver, } from '@hookwright/runtime/receiver';
import { events } from './events.js';
export { events } from './events.js';
export { EventError, InvalidEnvelopeError, InvalidJsonError, InvalidPayloadError, UnknownEventError, } from '@hookwright/runtime/events';
export { createMemoryIdempotencyStore, ReceiverError, } from '@hookwright/runtime/receiver';
export { WebhookVerificationError } from '@hookwright/runtime/signing';
/**
 * A receiver for this contract: verifies, parses, validates, de-duplicates and dispatches each request.
 * Serve it with `receiver.fetch` (Workers, Deno, Bun, Next.js, Hono), `receiver.node` (node:http,
 * Express), `receiver.fastify`, or `receiver.handle({ method, headers, body })`.
 *
 * @example
 * const receiver = createReceiver({ secret: process.env.WEBHOOK_SECRET! });
 * receiver.on('order.created', async (event) => {
 *   if (event.version === 2) console.log(event.data);
 * });
 * createServer(receiver.node).listen(3000);
 */
export function createReceiver(options) {
    return createContractReceiver(events, options);
}
const api = createEventApi(events);
/**
 * Parses and validates a body that is already trusted (verified elsewhere, or a test fixture).
 *
 * @example
 * const event = parseEvent('{"type":"order.created","version":2,...}');
 */
export const parseEvent = api.parseEvent;
/**
 * Verifies signature and timestamp, then parses and validates: the typed event, or a thrown error
 * with a stable `code`. Pass the raw body exactly as received.
 *
 * @example
 * const event = await constructEvent(rawBody, request.headers, { secret: process.env.WEBHOOK_SECRET! });
 */
export const constructEvent = api.constructEvent;
/**
 * `constructEvent` with its secrets parsed once.
 *
 * @example
 * const webhooks = createEventVerifier({ secret: process.env.WEBHOOK_SECRET! });
 * const event = await webhooks.constructEvent(rawBody, request.headers);
 */
export const createEventVerifier = api.createEventVerifier;
/**
 * Narrows an event to one version (`'order.created@2'`) or to every version of a type (`'order.created'`).
 *
 * @example
 * if (isEvent(event, 'order.created@2')) event.data; // OrderCreatedV2Data
 */
export const isEvent = api.isEvent;
