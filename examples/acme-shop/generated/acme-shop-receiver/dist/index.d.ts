import { type RawBody } from '@hookwright/runtime/events';
import { type VerifierOptions, type WebhookHeaders } from '@hookwright/runtime/signing';
import { type LatestVersions } from './events.js';
import type { EventId, EventMap, EventType, LatestEventMap, WebhookEvent } from './types.js';
export type * from './types.js';
export { events, type LatestVersions } from './events.js';
export { EventError, InvalidEnvelopeError, InvalidJsonError, InvalidPayloadError, UnknownEventError, } from '@hookwright/runtime/events';
export { WebhookVerificationError } from '@hookwright/runtime/signing';
/** An event type (its latest version) or an explicit `type@version`. */
export type EventKey = EventType | EventId;
/** The data an event key accepts. */
export type EventData<K extends EventKey> = K extends EventId ? EventMap[K] : K extends keyof LatestEventMap ? LatestEventMap[K] : never;
type VersionOf<K extends EventKey> = K extends `${string}@${infer V extends number}` ? V : K extends keyof LatestVersions ? LatestVersions[K] : never;
type TypeOf<K extends EventKey> = K extends `${infer T}@${number}` ? T : K;
/** The envelope an event key produces (or a receiver gets). */
export type EventEnvelope<K extends EventKey> = Extract<WebhookEvent, {
    type: TypeOf<K>;
    version: VersionOf<K>;
}>;
/**
 * Parses and validates a body that is already trusted (verified elsewhere, or a test fixture).
 * Throws `InvalidJsonError`, `InvalidEnvelopeError`, `InvalidPayloadError` or, for an event
 * this contract does not know, `UnknownEventError` (answer those with 2xx: newer senders add events).
 *
 * @example
 * const event = parseEvent('{"type":"order.created","version":2,...}');
 */
export declare function parseEvent(body: RawBody): WebhookEvent;
/**
 * Verifies the signature and timestamp of a request, then parses and validates its body: the typed
 * event, or a thrown error with a stable `code`. Pass the raw body exactly as received.
 *
 * @example
 * const event = await constructEvent(rawBody, request.headers, { secret: process.env.WEBHOOK_SECRET! });
 * if (event.type === 'order.created' && event.version === 2) console.log(event.data);
 */
export declare function constructEvent(body: RawBody, headers: WebhookHeaders, options: VerifierOptions): Promise<WebhookEvent>;
/**
 * `constructEvent` with its secrets parsed once, for servers.
 *
 * @example
 * const webhooks = createEventVerifier({ secret: process.env.WEBHOOK_SECRET! });
 * const event = await webhooks.constructEvent(rawBody, request.headers);
 */
export declare function createEventVerifier(options: VerifierOptions): {
    constructEvent(body: RawBody, headers: WebhookHeaders): Promise<WebhookEvent>;
};
/**
 * Narrows an event to one version (`'order.created@2'`) or to every version of a type (`'order.created'`).
 *
 * @example
 * if (isEvent(event, 'order.created@2')) event.data; // OrderCreatedV2Data
 */
export declare function isEvent<K extends EventKey>(event: WebhookEvent, key: K): event is K extends EventId ? EventEnvelope<K> : Extract<WebhookEvent, {
    type: K;
}>;
