import type { Contract } from '../../ir/contract.js';
import type { CompiledModule } from './compiled-module.js';
import { exportNames } from './compiled-module.js';
import { headersMapName } from './header-names.js';
import { emitIndexModule } from './index-module.js';

/**
 * `src/index.ts` of the receiver package, with the `dist/index.js` and `dist/index.d.ts` it
 * compiles to: `@hookwright/runtime/receiver` bound to this contract's event table and `EventMap`
 * (and `EventHeadersMap`, which types `event.headers`, when a message describes headers).
 * Behaviour lives in the runtime, where it is type-checked and tested once.
 */
export function emitReceiverModule(contract: Contract): CompiledModule {
  const headersMap = headersMapName(contract);
  return emitIndexModule({
    maps: headersMap ? `EventMap, ${headersMap}` : 'EventMap',
    headersMap,
    runtime: {
      from: '@hookwright/runtime/receiver',
      names: [
        'createEventApi',
        'createReceiver as createContractReceiver',
        'type EventApi',
        'type ReceivedEventOf',
        'type Receiver',
        'type ReceiverOptions',
      ],
    },
    reexports: [
      exportNames({
        names: [
          'EventError',
          'InvalidEnvelopeError',
          ...(headersMap ? ['InvalidHeadersError'] : []),
          'InvalidJsonError',
          'InvalidPayloadError',
          'UnknownEventError',
        ],
        from: '@hookwright/runtime/events',
        multiline: true,
      }),
      exportNames({
        names: [
          'createMemoryIdempotencyStore',
          'type IdempotencyStore',
          'ReceiverError',
          'type ReceiverOptions',
          'type ReceiverResponse',
        ],
        from: '@hookwright/runtime/receiver',
        multiline: true,
      }),
      exportNames({ names: ['WebhookVerificationError'], from: '@hookwright/runtime/signing' }),
    ],
    types: `/** An event type (every version when receiving) or an explicit \`type@version\`. */
export type EventKey = EventKeyOf<EventMap>;
/** The data an event key stands for (a bare type: its latest version). */
export type EventData<K extends EventKey> = DataOfKey<EventMap, LatestVersions, K>;
/** The envelope of an event key (a bare type: its latest version). */
export type EventEnvelope<K extends EventKey> = SentEnvelopeOfKey<EventMap, LatestVersions, K>;
/** What a handler registered with \`on(key)\` gets: \`{ id, type, version, timestamp, data, headers }\`. */
export type ReceivedEvent<K extends EventKey> = ReceivedEventOf<EventMap, K${headersMap ? `, ${headersMap}` : ''}>;
`,
    factory: {
      doc: `/**
 * A receiver for this contract: verifies, parses, validates, de-duplicates and dispatches each request.
 * Serve it with \`receiver.fetch\` (Workers, Deno, Bun, Next.js, Hono), \`receiver.node\` (node:http,
 * Express), \`receiver.fastify\`, or \`receiver.handle({ method, headers, body })\`.
 *
 * @example
 * const receiver = createReceiver({ secret: process.env.WEBHOOK_SECRET! });
 * receiver.on('order.created', async (event) => {
 *   if (event.version === 2) console.log(event.data);
 * });
 * createServer(receiver.node).listen(3000);
 */
`,
      name: 'createReceiver',
      options: 'ReceiverOptions',
      returns: 'Receiver',
      calls: 'createContractReceiver',
    },
    api: { name: 'api', type: 'EventApi', bind: 'createEventApi' },
    functions: [
      {
        doc: `/**
 * Parses and validates a body that is already trusted (verified elsewhere, or a test fixture).
 *
 * @example
 * const event = parseEvent('{"type":"order.created","version":2,...}');
 */
`,
        name: 'parseEvent',
      },
      {
        doc: `/**
 * Verifies signature and timestamp, then parses and validates: the typed event, or a thrown error
 * with a stable \`code\`. Pass the raw body exactly as received.
 *
 * @example
 * const event = await constructEvent(rawBody, request.headers, { secret: process.env.WEBHOOK_SECRET! });
 */
`,
        name: 'constructEvent',
      },
      {
        doc: `/**
 * \`constructEvent\` with its secrets parsed once.
 *
 * @example
 * const webhooks = createEventVerifier({ secret: process.env.WEBHOOK_SECRET! });
 * const event = await webhooks.constructEvent(rawBody, request.headers);
 */
`,
        name: 'createEventVerifier',
      },
      {
        doc: `/**
 * Narrows an event to one version (\`'order.created@2'\`) or to every version of a type (\`'order.created'\`).
 *
 * @example
 * if (isEvent(event, 'order.created@2')) event.data; // OrderCreatedV2Data
 */
`,
        name: 'isEvent',
      },
    ],
  });
}
