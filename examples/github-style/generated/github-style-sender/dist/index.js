import { bindWebhooks, createSender as createContractSender, } from '@hookwright/runtime/sender';
import { events } from './events.js';
export { events } from './events.js';
export { EventError, InvalidPayloadError, UnknownEventError } from '@hookwright/runtime/events';
export { createMemoryQueue, DEFAULT_SCHEDULE, PayloadTooLargeError, SenderError, SsrfRefusedError, } from '@hookwright/runtime/sender';
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
export function createSender(options) {
    return createContractSender(events, options);
}
const webhooks = bindWebhooks(events);
/**
 * Validates `data` for an event and wraps it in the envelope. `'order.created'` means the latest
 * version; name one with `'order.created@1'`. Throws `InvalidPayloadError` (with `issues`).
 *
 * @example
 * const envelope = createEnvelope('order.created', data);
 */
export const createEnvelope = webhooks.createEnvelope;
/**
 * Creates, validates and signs one webhook request, without delivering it.
 *
 * @example
 * const { headers, body } = await createWebhook('order.created', data, { secret: process.env.WEBHOOK_SECRET! });
 * await fetch(url, { method: 'POST', headers, body });
 */
export const createWebhook = webhooks.createWebhook;
/**
 * A reusable signer bound to its secrets (parsed once).
 *
 * @example
 * const signer = createWebhookSigner({ secret: process.env.WEBHOOK_SECRET! });
 * const request = await signer.create('order.created', data);
 */
export const createWebhookSigner = webhooks.createWebhookSigner;
