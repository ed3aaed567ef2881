/** Type-level tests of `createSender`'s API over a contract (checked by tsc; run by vitest as no-ops). */
import { describe, expectTypeOf, it } from 'vitest';
import { bindWebhooks, createSender, type Sender } from '../../src/sender/node.js';
import { type EventMap, type LatestVersions, SECRET, table } from './support/contract.js';

type S = Sender<EventMap, LatestVersions>;

describe('send types', () => {
  it('accepts a bare type (latest version) or type@version, with the matching data', () => {
    expectTypeOf<Parameters<S['send']>[0]>().toEqualTypeOf<
      'order.created' | 'order.created@1' | 'order.created@2' | 'invoice.paid' | 'invoice.paid@1'
    >();
    expectTypeOf<S['send']>().returns.toEqualTypeOf<Promise<string>>();
    const send = (() => Promise.resolve('msg_x')) as unknown as S['send'];
    void send('order.created', { id: 'o1', total: 1 });
    void send('order.created@1', { id: 'o1' });
    void send('invoice.paid', { invoice: 'in_1' }, { idempotencyKey: 'k' });
    // @ts-expect-error the latest order.created (v2) needs total
    void send('order.created', { id: 'o1' });
    // @ts-expect-error v1 has no total
    void send('order.created@1', { id: 'o1', total: 1 });
    // @ts-expect-error unknown event type
    void send('order.shipped', {});
    // @ts-expect-error unknown version
    void send('order.created@3', { id: 'o1' });
    // @ts-expect-error data of another event
    void send('invoice.paid', { id: 'o1', total: 1 });
  });

  it('binds to a contract through its two generated interfaces', () => {
    expectTypeOf(createSender<EventMap, LatestVersions>).returns.toEqualTypeOf<S>();
    const { createEnvelope, createWebhook } = bindWebhooks<EventMap, LatestVersions>(table);
    expectTypeOf(createEnvelope<'order.created'>).returns.toEqualTypeOf<{
      type: 'order.created';
      version: 2;
      timestamp: string;
      data: { id: string; total: number };
    }>();
    expectTypeOf(createWebhook<'order.created@1'>)
      .returns.resolves.toHaveProperty('envelope')
      .toHaveProperty('version')
      .toEqualTypeOf<1>();
    // @ts-expect-error createWebhook needs a secret
    void (() => createWebhook('invoice.paid', { invoice: 'x' }, {}));
    void SECRET;
  });
});
