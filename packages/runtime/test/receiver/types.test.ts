/** Type-level tests of the receiver's public API (the generated packages bind the same types). */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createEventApi, createReceiver, type ReceivedHeaders } from '../../src/receiver/node.js';
import { secret, type TestEventMap, table } from './support/contract.js';
import { validOrder } from './support/requests.js';

const receiver = createReceiver<TestEventMap>(table, { secret });
const api = createEventApi<TestEventMap>(table);

describe('receiver types', () => {
  it('gives a versioned key exactly its payload', () => {
    receiver.on('order.created@2', (event) => {
      expectTypeOf(event.data).toEqualTypeOf<{ id: string; total: number }>();
      expectTypeOf(event.version).toEqualTypeOf<2>();
      expectTypeOf(event.type).toEqualTypeOf<'order.created'>();
      expectTypeOf(event.id).toEqualTypeOf<string>();
      expectTypeOf(event.timestamp).toEqualTypeOf<string>();
      expectTypeOf(event.headers).toEqualTypeOf<ReceivedHeaders>();
    });
  });

  it('gives a bare type every version, narrowed by version', () => {
    receiver.on('order.created', (event) => {
      expectTypeOf(event.version).toEqualTypeOf<1 | 2>();
      if (event.version === 1) expectTypeOf(event.data).toEqualTypeOf<{ id: string }>();
      else expectTypeOf(event.data).toEqualTypeOf<{ id: string; total: number }>();
    });
  });

  it('gives onAny the union of every event', () => {
    receiver.onAny((event) => {
      expectTypeOf(event.type).toEqualTypeOf<'order.created' | 'ping'>();
      if (event.type === 'ping') expectTypeOf(event.data).toEqualTypeOf<{ note?: string }>();
    });
  });

  it('refuses unknown names, versions and payload fields', () => {
    // @ts-expect-error an event the contract does not have
    receiver.on('order.teleported', () => {});
    // @ts-expect-error a version the contract does not have
    receiver.on('order.created@3', () => {});
    receiver.on('order.created@1', (event) => {
      // @ts-expect-error version 1 has no total
      void event.data.total;
    });
    // @ts-expect-error a handler must accept the event it is given
    receiver.on('ping', (event: { data: { total: number } }) => void event);
  });

  it('types the event helpers and narrows with isEvent', () => {
    const event = api.parseEvent(validOrder());
    expectTypeOf(event.type).toEqualTypeOf<'order.created' | 'ping'>();
    if (api.isEvent(event, 'order.created@2')) expectTypeOf(event.data.total).toEqualTypeOf<number>();
    if (api.isEvent(event, 'order.created')) expectTypeOf(event.version).toEqualTypeOf<1 | 2>();
    expect([api.isEvent(event, 'order.created@2'), api.isEvent(event, 'order.created')]).toEqual([
      true,
      true,
    ]);
    expect([api.isEvent(event, 'order.created@1'), api.isEvent(event, 'ping')]).toEqual([false, false]);
    // @ts-expect-error unknown key
    api.isEvent(event, 'nope');
  });

  it('serves every kind of server with the right shapes', () => {
    expectTypeOf(receiver.fetch).toEqualTypeOf<(request: Request) => Promise<Response>>();
    expectTypeOf(receiver.handle).returns.resolves.toMatchTypeOf<{ status: number; body: string | null }>();
  });
});
