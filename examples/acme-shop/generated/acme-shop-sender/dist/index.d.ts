import { type EnvelopeOptions } from '@hookwright/runtime/events';
import { type SecretInput } from '@hookwright/runtime/signing';
import { type LatestVersions } from './events.js';
import type { EventId, EventMap, EventType, LatestEventMap, WebhookEvent } from './types.js';
export type * from './types.js';
export { events, type LatestVersions } from './events.js';
export { EventError, InvalidPayloadError, UnknownEventError } from '@hookwright/runtime/events';
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
 * Validates `data` for an event and wraps it in the envelope. `'order.created'` means the latest
 * version; name one with `'order.created@1'`. Throws `InvalidPayloadError` (with `issues`) for
 * invalid data, before anything is sent.
 *
 * @example
 * const envelope = createEnvelope('order.created', data);
 */
export declare function createEnvelope<K extends EventKey>(event: K, data: EventData<K>, options?: EnvelopeOptions): EventEnvelope<K>;
export interface WebhookOptions extends EnvelopeOptions {
    /** `whsec_...` (or `whsk_...` for ed25519); several, space-separated or as an array, during key rotation. */
    secret: SecretInput;
    /** `webhook-id`; default: a new random id. Reuse it when retrying the same message. */
    id?: string;
}
/** A signed request, ready to POST. */
export interface SignedWebhook<K extends EventKey> {
    id: string;
    envelope: EventEnvelope<K>;
    /** The exact body that was signed: send it as it is. */
    body: string;
    /** `content-type` and the Standard Webhooks headers. */
    headers: Record<string, string>;
}
/**
 * Creates, validates and signs one webhook request.
 *
 * @example
 * const { headers, body } = await createWebhook('order.created', data, { secret: process.env.WEBHOOK_SECRET! });
 * await fetch(url, { method: 'POST', headers, body });
 */
export declare function createWebhook<K extends EventKey>(event: K, data: EventData<K>, options: WebhookOptions): Promise<SignedWebhook<K>>;
/**
 * A reusable signer bound to its secrets (parsed once).
 *
 * @example
 * const webhooks = createWebhookSigner({ secret: process.env.WEBHOOK_SECRET! });
 * const request = await webhooks.create('order.created', data);
 */
export declare function createWebhookSigner(options: {
    secret: SecretInput;
}): {
    create<K extends EventKey>(event: K, data: EventData<K>, options?: Omit<WebhookOptions, 'secret'>): Promise<SignedWebhook<K>>;
};
