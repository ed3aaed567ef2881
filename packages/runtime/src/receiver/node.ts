/**
 * `@hookwright/runtime/receiver` on Node: the same API as the Web entry (`web.ts`, which documents
 * it), with signatures checked synchronously by `node:crypto`, one await fewer per request.
 */
import type { EventTable } from '../events/event-table.js';
import { createVerifier } from '../signing/node.js';
import { createReceiverWith } from './create-receiver.js';
import { createEventApiWith, type EventApi } from './event-api.js';
import type { NoHeaders, Receiver, ReceiverOptions } from './types.js';

export * from './exports.js';

/** See the Web entry: a receiver for a contract's event table. */
export function createReceiver<M extends object, H extends object = NoHeaders>(
  table: EventTable,
  options: ReceiverOptions,
): Receiver<M, H> {
  return createReceiverWith<M, H>({ createVerifier }, table, options);
}

/** See the Web entry: the one-call helpers for a contract's event table. */
export function createEventApi<M extends object, H extends object = NoHeaders>(
  table: EventTable,
): EventApi<M, H> {
  return createEventApiWith<M, H>(createVerifier, table);
}
