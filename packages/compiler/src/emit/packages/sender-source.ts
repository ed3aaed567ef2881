import type { Contract } from '../../ir/contract.js';
import { GENERATED_HEADER } from '../files.js';
import { headersMapName } from './header-names.js';

/**
 * `src/index.ts` of the sender package: `@hookwright/runtime/sender` bound to this contract's event
 * table and `EventMap` (and `EventHeadersMap`, which types `send(..., { headers })`, when a message
 * describes headers). Behaviour lives in the runtime, where it is type-checked and tested once.
 */
export function emitSenderSource(contract: Contract): string {
  const headersMap = headersMapName(contract);
  const maps = headersMap ? `EventMap, LatestVersions, ${headersMap}` : 'EventMap, LatestVersions';
  const typesImport = headersMap ? `${headersMap}, EventMap` : 'EventMap';
  const headersError = headersMap ? 'InvalidHeadersError, ' : '';
  return `${GENERATED_HEADER}import type { DataOfKey, EventKeyOf, SentEnvelopeOfKey } from '@hookwright/runtime/events';
import {
  bindWebhooks,
  createSender as createContractSender,
  type Sender,
  type SenderOptions,
  type SignedWebhook as SignedRequest,
  type Webhooks,
} from '@hookwright/runtime/sender';
import { events, type LatestVersions } from './events.js';
import type { ${typesImport} } from './types.js';

export type * from './types.js';
export { events, type LatestVersions } from './events.js';
export { EventError, ${headersError}InvalidPayloadError, UnknownEventError } from '@hookwright/runtime/events';
export {
  createMemoryQueue,
  DEFAULT_SCHEDULE,
  type DeliveryQueue,
  type Endpoint,
  PayloadTooLargeError,
  SenderError,
  type SenderHooks,
  type SenderOptions,
  type SendOptions,
  SsrfRefusedError,
  type WebhookOptions,
} from '@hookwright/runtime/sender';

/** An event type (its latest version) or an explicit \`type@version\`. */
export type EventKey = EventKeyOf<EventMap>;
/** The data an event key accepts. */
export type EventData<K extends EventKey> = DataOfKey<EventMap, LatestVersions, K>;
/** The envelope an event key produces. */
export type EventEnvelope<K extends EventKey> = SentEnvelopeOfKey<EventMap, LatestVersions, K>;
/** A signed request, ready to POST. */
export type SignedWebhook<K extends EventKey> = SignedRequest<EventEnvelope<K>>;

/**
 * A sender for this contract: \`send\` validates, queues one delivery per subscribed endpoint and
 * delivers with retries, backoff, dead letters and an SSRF guard.
 *
 * @example
 * const sender = createSender({
 *   endpoints: [{ id: 'ep_1', url: 'https://customer.example/webhooks', secret: process.env.WEBHOOK_SECRET! }],
 * });
 * const id = await sender.send('order.created', data); // latest version, typed
 * await sender.close();
 */
export function createSender(options: SenderOptions): Sender<${maps}> {
  return createContractSender<${maps}>(events, options);
}

const webhooks: Webhooks<${maps}> = bindWebhooks<${maps}>(events);

/**
 * Validates \`data\` for an event and wraps it in the envelope. \`'order.created'\` means the latest
 * version; name one with \`'order.created@1'\`. Throws \`InvalidPayloadError\` (with \`issues\`).
 *
 * @example
 * const envelope = createEnvelope('order.created', data);
 */
export const createEnvelope: Webhooks<${maps}>['createEnvelope'] = webhooks.createEnvelope;

/**
 * Creates, validates and signs one webhook request, without delivering it.
 *
 * @example
 * const { headers, body } = await createWebhook('order.created', data, { secret: process.env.WEBHOOK_SECRET! });
 * await fetch(url, { method: 'POST', headers, body });
 */
export const createWebhook: Webhooks<${maps}>['createWebhook'] = webhooks.createWebhook;

/**
 * A reusable signer bound to its secrets (parsed once).
 *
 * @example
 * const signer = createWebhookSigner({ secret: process.env.WEBHOOK_SECRET! });
 * const request = await signer.create('order.created', data);
 */
export const createWebhookSigner: Webhooks<${maps}>['createWebhookSigner'] =
  webhooks.createWebhookSigner;
`;
}
