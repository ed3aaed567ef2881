/**
 * Stripe-shaped requests (the event object as the body, `type` naming it, `id` identifying it,
 * `Stripe-Signature: t=...,v1=...` made here with node:crypto) through the generated receiver on a
 * loopback server.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReceiver } from 'stripe-style-receiver';
import { createWebhook } from 'stripe-style-sender';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { invoicePaid, secret } from './fixtures.js';

/** What Stripe sends: the body, and `t=<unix seconds>,v1=<hex HMAC of "{t}.{body}">`. */
function stripe(event: unknown, options: { key?: string; t?: number } = {}) {
  const body = JSON.stringify(event);
  const t = options.t ?? Math.floor(Date.now() / 1000);
  const mac = createHmac('sha256', options.key ?? secret)
    .update(`${t}.${body}`)
    .digest('hex');
  return {
    body,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
      'stripe-signature': `t=${t},v1=${mac}`,
    },
  };
}

const seen: Array<{ id: string; type: string; amount: number }> = [];
const receiver = createReceiver({ secret, onUnknown: 'reject' });
receiver.on('invoice.paid', (event) => {
  expectTypeOf(event.data.data.object.amount_paid).toEqualTypeOf<number>();
  seen.push({ id: event.id, type: event.type, amount: event.data.data.object.amount_paid });
});

let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer(receiver.node);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const post = async (request: { body: string; headers: Record<string, string> }) => {
  const response = await fetch(url, { method: 'POST', ...request });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
};

describe('Stripe-shaped requests', () => {
  it('/type names the event; /id de-duplicates retries', async () => {
    seen.length = 0;
    expect((await post(stripe(invoicePaid))).status).toBe(204);
    // A retry is signed again with a new timestamp; the event id stays.
    expect((await post(stripe(invoicePaid, { t: Math.floor(Date.now() / 1000) - 5 }))).status).toBe(204);
    expect(seen).toEqual([{ id: invoicePaid.id, type: 'invoice.paid', amount: 2000 }]);
  });

  it('an event type the contract does not describe is refused with onUnknown reject', async () => {
    const response = await post(stripe({ ...invoicePaid, id: 'evt_other', type: 'charge.refunded' }));
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'UNKNOWN_EVENT' } } });
  });

  it('401 for a stale timestamp or another secret', async () => {
    expect((await post(stripe(invoicePaid, { t: Math.floor(Date.now() / 1000) - 3600 }))).status).toBe(401);
    expect((await post(stripe(invoicePaid, { key: 'whsec_other' }))).status).toBe(401);
  });

  it('400 naming the part when /type or /id has the wrong type', async () => {
    const badType = await post(stripe({ ...invoicePaid, type: ['invoice.paid'] }));
    expect(badType.status).toBe(400);
    expect(badType.body.error.message).toBe(
      'body:/type: an event type part must be a non-empty string, got an array',
    );
    const badId = await post(stripe({ ...invoicePaid, id: 7 }));
    expect(badId.body.error.message).toBe('body:/id: the delivery id must be a non-empty string, got 7');
  });

  it('422 when the event object breaks its schema', async () => {
    const broken = {
      ...invoicePaid,
      id: 'evt_broken',
      data: { object: { ...invoicePaid.data.object, currency: 'USD' } },
    };
    const response = await post(stripe(broken));
    expect(response.status).toBe(422);
    expect(response.body.error.issues[0].pointer).toBe('/data/object/currency');
  });

  it('the generated sender builds what Stripe sends, and the receiver takes it', async () => {
    const event = { ...invoicePaid, id: 'evt_from_sender' };
    const request = await createWebhook('invoice.paid', event, { secret });
    expect(request.body).toBe(JSON.stringify(event));
    expect(request.headers['stripe-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    seen.length = 0;
    expect((await post(request)).status).toBe(204);
    expect(seen).toEqual([{ id: 'evt_from_sender', type: 'invoice.paid', amount: 2000 }]);
  });
});
