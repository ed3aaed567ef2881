/** Type-level tests of the generated sender's `send` (checked by tsc over the committed package). */
import type { createSender, EventData, EventKey, SenderOptions } from 'acme-shop-sender';
import { describe, expectTypeOf, it } from 'vitest';
import { orderCreated, paymentSucceeded } from '../src/sample-events.js';

type Send = ReturnType<typeof createSender>['send'];

describe('generated sender types', () => {
  it('send takes the contract event keys with their data and resolves with the message id', () => {
    expectTypeOf<Parameters<Send>[0]>().toEqualTypeOf<EventKey>();
    expectTypeOf<Send>().returns.toEqualTypeOf<Promise<string>>();
    expectTypeOf<Parameters<typeof createSender>[0]>().toEqualTypeOf<SenderOptions>();
    const send = (() => Promise.resolve('msg_x')) as unknown as Send;
    void send('order.created', orderCreated);
    void send('payment.succeeded@2', paymentSucceeded);
    void send('order.created', orderCreated, { idempotencyKey: 'order-1' });
    // @ts-expect-error order.created@1 (LegacyOrder) does not take the v2 order
    void send('order.created@1', orderCreated);
    // @ts-expect-error not an event of the contract
    void send('order.shipped', orderCreated);
    // @ts-expect-error payment data is not order data
    void send('order.created', paymentSucceeded);
    expectTypeOf<EventData<'order.created'>>().toEqualTypeOf<EventData<'order.created@2'>>();
  });
});
