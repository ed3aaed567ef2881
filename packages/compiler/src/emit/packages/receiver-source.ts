import type { Contract } from '../../ir/contract.js';
import { GENERATED_HEADER } from '../files.js';
import { headersMapName } from './header-names.js';

/**
 * `src/index.ts` of the receiver package: `@hookwright/runtime/receiver` bound to this contract's
 * event table and `EventMap` (and `EventHeadersMap`, which types `event.headers`, when a message
 * describes headers). Behaviour lives in the runtime, where it is type-checked and tested once.
 */
export function emitReceiverSource(contract: Contract): string {
  const headersMap = headersMapName(contract);
  const maps = headersMap ? `EventMap, ${headersMap}` : 'EventMap';
  const typesImport = headersMap ? `${headersMap}, EventMap` : 'EventMap';
  const headersArg = headersMap ? `, ${headersMap}` : '';
  const headersError = headersMap ? 'InvalidHeadersError,\n  ' : '';
  return `${GENERATED_HEADER}import type { DataOfKey, EventKeyOf, SentEnvelopeOfKey } from '@hookwright/runtime/events';
import {
  createEventApi,
  createReceiver as createContractReceiver,
  type EventApi,
  type ReceivedEventOf,
  type Receiver,
  type ReceiverOptions,
} from '@hookwright/runtime/receiver';
import { events, type LatestVersions } from './events.js';
import type { ${typesImport} } from './types.js';

export type * from './types.js';
export { events, type LatestVersions } from './events.js';
export {
  EventError,
  InvalidEnvelopeError,
  ${headersError}InvalidJsonError,
  InvalidPayloadError,
  UnknownEventError,
} from '@hookwright/runtime/events';
export {
  createMemoryIdempotencyStore,
  type IdempotencyStore,
  ReceiverError,
  type ReceiverOptions,
  type ReceiverResponse,
} from '@hookwright/runtime/receiver';
export { WebhookVerificationError } from '@hookwright/runtime/signing';

/** An event type (every version when receiving) or an explicit \`type@version\`. */
export type EventKey = EventKeyOf<EventMap>;
/** The data an event key stands for (a bare type: its latest version). */
export type EventData<K extends EventKey> = DataOfKey<EventMap, LatestVersions, K>;
/** The envelope of an event key (a bare type: its latest version). */
export type EventEnvelope<K extends EventKey> = SentEnvelopeOfKey<EventMap, LatestVersions, K>;
/** What a handler registered with \`on(key)\` gets: \`{ id, type, version, timestamp, data, headers }\`. */
export type ReceivedEvent<K extends EventKey> = ReceivedEventOf<EventMap, K${headersArg}>;

/**
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
export function createReceiver(options: ReceiverOptions): Receiver<${maps}> {
  return createContractReceiver<${maps}>(events, options);
}

const api: EventApi<${maps}> = createEventApi<${maps}>(events);

/**
 * Parses and validates a body that is already trusted (verified elsewhere, or a test fixture).
 *
 * @example
 * const event = parseEvent('{"type":"order.created","version":2,...}');
 */
export const parseEvent: EventApi<${maps}>['parseEvent'] = api.parseEvent;

/**
 * Verifies signature and timestamp, then parses and validates: the typed event, or a thrown error
 * with a stable \`code\`. Pass the raw body exactly as received.
 *
 * @example
 * const event = await constructEvent(rawBody, request.headers, { secret: process.env.WEBHOOK_SECRET! });
 */
export const constructEvent: EventApi<${maps}>['constructEvent'] = api.constructEvent;

/**
 * \`constructEvent\` with its secrets parsed once.
 *
 * @example
 * const webhooks = createEventVerifier({ secret: process.env.WEBHOOK_SECRET! });
 * const event = await webhooks.constructEvent(rawBody, request.headers);
 */
export const createEventVerifier: EventApi<${maps}>['createEventVerifier'] = api.createEventVerifier;

/**
 * Narrows an event to one version (\`'order.created@2'\`) or to every version of a type (\`'order.created'\`).
 *
 * @example
 * if (isEvent(event, 'order.created@2')) event.data; // OrderCreatedV2Data
 */
export const isEvent: EventApi<${maps}>['isEvent'] = api.isEvent;
`;
}
