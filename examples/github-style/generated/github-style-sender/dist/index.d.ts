import type { DataOfKey, EventKeyOf, SentEnvelopeOfKey } from '@hookwright/runtime/events';
import { type Sender, type SenderOptions, type SignedWebhook as SignedRequest, type Webhooks } from '@hookwright/runtime/sender';
import { type LatestVersions } from './events.js';
import type { EventMap } from './types.js';
export type * from './types.js';
export { events, type LatestVersions } from './events.js';
export { EventError, InvalidPayloadError, UnknownEventError } from '@hookwright/runtime/events';
export { createMemoryQueue, DEFAULT_SCHEDULE, type DeliveryQueue, type Endpoint, PayloadTooLargeError, SenderError, type SenderHooks, type SenderOptions, type SendOptions, SsrfRefusedError, type WebhookOptions, } from '@hookwright/runtime/sender';
/** An event type (its latest version) or an explicit `type@version`. */
export type EventKey = EventKeyOf<EventMap>;
/** The data an event key accepts. */
export type EventData<K extends EventKey> = DataOfKey<EventMap, LatestVersions, K>;
/** The envelope an event key produces. */
export type EventEnvelope<K extends EventKey> = SentEnvelopeOfKey<EventMap, LatestVersions, K>;
/** A signed request, ready to POST. */
export type SignedWebhook<K extends EventKey> = SignedRequest<EventEnvelope<K>>;
/**
 * A sender for this contract: `send` validates, queues one delivery per subscribed endpoint and
 * delivers with retries, backoff, dead letters and an SSRF guard.
 *
 * @example
 * const sender = createSender({
 *   endpoints: [{ id: 'ep_1', url: 'https://customer.example/webhooks', secret: process.env.WEBHOOK_SECRET! }],
 * });
 * const id = await sender.send('order.created', data); // latest version, typed
 * await sender.close();
 */
export declare function createSender(options: SenderOptions): Sender<EventMap, LatestVersions>;
/**
 * Validates `data` for an event and wraps it in the envelope. `'order.created'` means the latest
 * version; name one with `'order.created@1'`. Throws `InvalidPayloadError` (with `issues`).
 *
 * @example
 * const envelope = createEnvelope('order.created', data);
 */
export declare const createEnvelope: Webhooks<EventMap, LatestVersions>['createEnvelope'];
/**
 * Creates, validates and signs one webhook request, without delivering it.
 *
 * @example
 * const { headers, body } = await createWebhook('order.created', data, { secret: process.env.WEBHOOK_SECRET! });
 * await fetch(url, { method: 'POST', headers, body });
 */
export declare const createWebhook: Webhooks<EventMap, LatestVersions>['createWebhook'];
/**
 * A reusable signer bound to its secrets (parsed once).
 *
 * @example
 * const signer = createWebhookSigner({ secret: process.env.WEBHOOK_SECRET! });
 * const request = await signer.create('order.created', data);
 */
export declare const createWebhookSigner: Webhooks<EventMap, LatestVersions>['createWebhookSigner'];
