/**
 * `@hookwright/runtime/receiver` on Web-standard runtimes (Workers, Deno, Bun): signatures checked
 * with Web Crypto. Imports nothing from `node:*`; the Node entry (`node.ts`) has the same API.
 */
import type { EventTable } from '../events/event-table.js';
import { createVerifier } from '../signing/web.js';
import { createReceiverWith } from './create-receiver.js';
import { createEventApiWith, type EventApi } from './event-api.js';
import type { NoHeaders, Receiver, ReceiverOptions } from './types.js';

export * from './exports.js';

/**
 * Creates a receiver for a contract's event table; generated packages bind `M` (their `EventMap`),
 * `H` (their `EventHeadersMap`, when messages describe headers) and the table, so apps call the generated `createReceiver(options)`.
 *
 * @example
 * const receiver = createReceiver<EventMap>(events, { secret: env.WEBHOOK_SECRET });
 * receiver.on('order.created@2', async (event) => console.log(event.data));
 * export default receiver; // Workers and Bun call receiver.fetch
 */
export function createReceiver<M extends object, H extends object = NoHeaders>(
  table: EventTable,
  options: ReceiverOptions,
): Receiver<M, H> {
  return createReceiverWith<M, H>({ createVerifier }, table, options);
}

/**
 * `parseEvent`, `constructEvent`, `createEventVerifier` and `isEvent` for a contract's event table.
 *
 * @example
 * const { constructEvent } = createEventApi<EventMap>(events);
 * const event = await constructEvent(rawBody, request.headers, { secret: env.WEBHOOK_SECRET });
 */
export function createEventApi<M extends object, H extends object = NoHeaders>(
  table: EventTable,
): EventApi<M, H> {
  return createEventApiWith<M, H>(createVerifier, table);
}
