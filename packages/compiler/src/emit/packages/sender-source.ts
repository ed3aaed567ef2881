import type { Contract } from '../../ir/contract.js';
import type { CompiledModule } from './compiled-module.js';
import { exportNames } from './compiled-module.js';
import { headersMapName } from './header-names.js';
import { emitIndexModule } from './index-module.js';

/**
 * `src/index.ts` of the sender package, with the `dist/index.js` and `dist/index.d.ts` it compiles
 * to: `@hookwright/runtime/sender` bound to this contract's event table and `EventMap` (and
 * `EventHeadersMap`, which types `send(..., { headers })`, when a message describes headers).
 * Behaviour lives in the runtime, where it is type-checked and tested once.
 */
export function emitSenderModule(contract: Contract): CompiledModule {
  const headersMap = headersMapName(contract);
  return emitIndexModule({
    maps: headersMap ? `EventMap, LatestVersions, ${headersMap}` : 'EventMap, LatestVersions',
    headersMap,
    runtime: {
      from: '@hookwright/runtime/sender',
      names: [
        'bindWebhooks',
        'createSender as createContractSender',
        'type Sender',
        'type SenderOptions',
        'type SignedWebhook as SignedRequest',
        'type Webhooks',
      ],
    },
    reexports: [
      exportNames({
        names: [
          'EventError',
          ...(headersMap ? ['InvalidHeadersError'] : []),
          'InvalidPayloadError',
          'UnknownEventError',
        ],
        from: '@hookwright/runtime/events',
      }),
      exportNames({
        names: [
          'createMemoryQueue',
          'DEFAULT_SCHEDULE',
          'type DeliveryQueue',
          'type Endpoint',
          'PayloadTooLargeError',
          'SenderError',
          'type SenderHooks',
          'type SenderOptions',
          'type SendOptions',
          'SsrfRefusedError',
          'type WebhookOptions',
        ],
        from: '@hookwright/runtime/sender',
        multiline: true,
      }),
    ],
    types: `/** An event type (its latest version) or an explicit \`type@version\`. */
export type EventKey = EventKeyOf<EventMap>;
/** The data an event key accepts. */
export type EventData<K extends EventKey> = DataOfKey<EventMap, LatestVersions, K>;
/** The envelope an event key produces. */
export type EventEnvelope<K extends EventKey> = SentEnvelopeOfKey<EventMap, LatestVersions, K>;
/** A signed request, ready to POST. */
export type SignedWebhook<K extends EventKey> = SignedRequest<EventEnvelope<K>>;
`,
    factory: {
      doc: `/**
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
`,
      name: 'createSender',
      options: 'SenderOptions',
      returns: 'Sender',
      calls: 'createContractSender',
    },
    api: { name: 'webhooks', type: 'Webhooks', bind: 'bindWebhooks' },
    functions: [
      {
        doc: `/**
 * Validates \`data\` for an event and wraps it in the envelope. \`'order.created'\` means the latest
 * version; name one with \`'order.created@1'\`. Throws \`InvalidPayloadError\` (with \`issues\`).
 *
 * @example
 * const envelope = createEnvelope('order.created', data);
 */
`,
        name: 'createEnvelope',
      },
      {
        doc: `/**
 * Creates, validates and signs one webhook request, without delivering it.
 *
 * @example
 * const { headers, body } = await createWebhook('order.created', data, { secret: process.env.WEBHOOK_SECRET! });
 * await fetch(url, { method: 'POST', headers, body });
 */
`,
        name: 'createWebhook',
      },
      {
        doc: `/**
 * A reusable signer bound to its secrets (parsed once).
 *
 * @example
 * const signer = createWebhookSigner({ secret: process.env.WEBHOOK_SECRET! });
 * const request = await signer.create('order.created', data);
 */
`,
        name: 'createWebhookSigner',
        wrapped: true,
      },
    ],
  });
}
